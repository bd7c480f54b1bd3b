/**
 * A fast path in front of the `yaml` library for the front matter nearly every article has: a
 * few `key: words` or `url: https://…` lines. Parsing them with `yaml` costs about 20 µs a file,
 * and loading `yaml` a noticeable part of a start (see yaml.ts); reading them here costs next to
 * nothing. Anything else (quotes, comments, lists, numbers, dates, blank lines, repeated keys)
 * returns null and goes to `yaml`, which stays the reference (property-tested).
 */

// A plain key, then a plain scalar that starts with a letter or digit, uses no YAML indicator
// (quotes, brackets, a `:` before a space, a `#` after one…) and ends without white space: words,
// and URLs (`https://example.org/a?b=c&d#e`).
const LINE = /^([A-Za-z][A-Za-z0-9_-]*): ([\p{L}\p{N}](?:(?:[\p{L}\p{N} ,.'’()/?=&%~+_@–—-]|:(?=\S)|(?<! )#)*[\p{L}\p{N}.’)/_])?)$/u;

// What YAML 1.2's core schema reads as null, a boolean or a number rather than a string.
const NOT_TEXT = [
  /^(?:~|[Nn]ull|NULL)$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^[-+]?[0-9]+$/,
  /^0o[0-7]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/,
  /^[-+]?\.(?:inf|Inf|INF)$/,
  /^\.(?:nan|NaN|NAN)$/,
];

/** The mapping of `yaml` when every line is `key: plain text` and every key is new; null when `yaml` must decide. */
export function plainMapping(yaml: string): Record<string, string> | null {
  const record: Record<string, string> = {};
  for (const line of yaml.split('\n')) {
    const match = LINE.exec(line);
    const key = match?.[1];
    const value = match?.[2];
    if (key === undefined || value === undefined || Object.hasOwn(record, key) || !isText(key) || !isText(value)) return null;
    record[key] = value;
  }
  return record;
}

function isText(scalar: string): boolean {
  return !NOT_TEXT.some((pattern) => pattern.test(scalar));
}
