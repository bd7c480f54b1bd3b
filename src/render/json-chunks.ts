/**
 * `JSON.stringify(object, null, 2)` a piece at a time, so that a large report (tens of megabytes
 * of JSON) is written without ever being one string. The top-level object is laid out here and
 * the elements of one array property one by one; every other value is `JSON.stringify`'s own
 * text, indented. Nested JSON text holds no raw line break (strings escape them), so indenting it
 * is replacing each `\n` by `\n` plus the indent. Node has no streaming `JSON.stringify`; a
 * property test holds the joined pieces equal to it.
 */

/** The pieces of `JSON.stringify(object, null, 2)`, the array at `key` element by element. */
export function* prettyJsonPieces(object: object, key: string): Generator<string> {
  let first = true;
  for (const [name, value] of Object.entries(object)) {
    const head = `${first ? '{' : ','}\n  ${JSON.stringify(name)}: `;
    if (name === key && Array.isArray(value) && value.length) {
      first = false;
      yield `${head}[`;
      for (let i = 0; i < value.length; i++) yield `${i ? ',' : ''}\n    ${indent(JSON.stringify(value[i], null, 2) ?? 'null', '\n    ')}`;
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
