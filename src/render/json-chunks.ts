/**
 * `JSON.stringify(object, null, 2)` a piece at a time, so that a large report (tens of megabytes
 * of JSON) is written without ever being one string. The top-level object is laid out here and
 * the elements of one array property a few at a time; every other value is `JSON.stringify`'s own
 * text, indented. Nested JSON text holds no raw line break (strings escape them), so indenting it
 * is replacing each `\n` by `\n` plus the indent. Node has no streaming `JSON.stringify`; a
 * property test holds the joined pieces equal to it.
 */

/** Elements of the array serialized in one piece: one, so that no piece holds more than one group. */
const ELEMENTS = 1;

// An element nested two arrays deep is laid out by `JSON.stringify` at the indent it has in the
// object (4 spaces), so the elements' text is the middle of `[[…elements]]`'s: no re-indenting.
const NESTED_HEAD = '[\n  [\n    '.length;
const NESTED_TAIL = '\n  ]\n]'.length;

/** The pieces of `JSON.stringify(object, null, 2)`, the array at `key` `perPiece` elements at a time. */
export function* prettyJsonPieces(object: object, key: string, perPiece = ELEMENTS): Generator<string> {
  let first = true;
  for (const [name, value] of Object.entries(object)) {
    const head = `${first ? '{' : ','}\n  ${JSON.stringify(name)}: `;
    if (name === key && Array.isArray(value) && value.length) {
      first = false;
      yield `${head}[`;
      for (let i = 0; i < value.length; i += perPiece) {
        const nested = JSON.stringify([value.slice(i, i + perPiece)], null, 2);
        yield `${i ? ',' : ''}\n    ${nested.slice(NESTED_HEAD, nested.length - NESTED_TAIL)}`;
      }
      yield '\n  ]';
      continue;
    }
    const text = JSON.stringify(value, null, 2);
    // As JSON.stringify: a property whose value has no JSON form (undefined, a function) is left out.
    if (text === undefined) continue;
    first = false;
    yield head + indent(text, '\n  ');
  }
  yield first ? '{}' : '\n}';
}

function indent(text: string, lineStart: string): string {
  return text.includes('\n') ? text.replace(/\n/g, lineStart) : text;
}
