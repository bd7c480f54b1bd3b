// The floor: a plain process that reads every article of a folder and splits it into words with one regular expression.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.argv[2];
let words = 0;
for (const name of readdirSync(folder).filter((file) => /\.(txt|md)$/.test(file))) {
  words += readFileSync(join(folder, name), 'utf8').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}
process.stdout.write(`${words}\n`);
