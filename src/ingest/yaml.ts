/**
 * The `yaml` library, loaded on first use. It is a quarter of the bundled command line (250 kB)
 * and its module code runs at load; most runs never need it, as plain front matter is read
 * without it (plain-mapping.ts) and an accept file is rare. `createRequire` keeps it out of the
 * bundle: it is loaded from the installed package when a text needs it.
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let library: typeof Yaml | undefined;

/** `yaml`'s `parse(text)`. */
export function parseYaml(text: string): unknown {
  library ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  return library.parse(text);
}
