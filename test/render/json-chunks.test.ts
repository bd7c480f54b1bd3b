import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prettyJsonPieces } from '../../src/render/json-chunks.js';

const joined = (object: Record<string, unknown>, key: string, perPiece?: number) => [...prettyJsonPieces(object, key, perPiece)].join('');

describe('prettyJsonPieces', () => {
  it('joins to JSON.stringify(object, null, 2) for any object', () => {
    const value = fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.array(fc.oneof(fc.jsonValue(), fc.constant(undefined))), fc.string());
    const object = fc.dictionary(fc.oneof(fc.constantFrom('groups', 'a\nb', '"', '__proto__x'), fc.string()), value);
    fc.assert(
      fc.property(object, fc.constantFrom('groups', 'x', ''), fc.constantFrom(undefined, 1, 2, 3), (o, key, perPiece) => joined(o, key, perPiece) === JSON.stringify(o, null, 2)),
      { numRuns: 2000 },
    );
  });

  it('gives each run of `perPiece` elements of the array its own piece', () => {
    expect([...prettyJsonPieces({ a: 1, groups: [{ b: 'x\ny' }, []] }, 'groups', 1)]).toEqual(['{\n  "a": 1', ',\n  "groups": [', '\n    {\n      "b": "x\\ny"\n    }', ',\n    []', '\n  ]', '\n}']);
    expect([...prettyJsonPieces({ groups: [1, 2, 3] }, 'groups', 2)]).toEqual(['{\n  "groups": [', '\n    1,\n    2', ',\n    3', '\n  ]', '\n}']);
  });
});
