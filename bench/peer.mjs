// The peer: chrono-node alone parsing the dates of every article of a folder (what a date-only tool costs).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';

const folder = process.argv[2];
let dates = 0;
for (const name of readdirSync(folder).filter((file) => /\.(txt|md)$/.test(file))) {
  dates += chrono.parse(readFileSync(join(folder, name), 'utf8')).length;
}
process.stdout.write(`${dates}\n`);
