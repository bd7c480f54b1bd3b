import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/segment/sentences.js';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['One sentence. Another one.', ['One sentence.', 'Another one.']],
    ['Gen. Mark Ilves spoke on Jan. 4 to reporters. Then he left.', ['Gen. Mark Ilves spoke on Jan. 4 to reporters.', 'Then he left.']],
    ['The letter was signed by J. R. Tolver in Vienna. It arrived late.', ['The letter was signed by J. R. Tolver in Vienna.', 'It arrived late.']],
    ['He said: “We are ready. We were always ready.” Then the vote began.', ['He said: “We are ready. We were always ready.”', 'Then the vote began.']],
    ['“We will rebuild. It will take time,” the mayor said. Crews arrived.', ['“We will rebuild. It will take time,” the mayor said.', 'Crews arrived.']],
    ['VALLETTA, (XY) – The port reopened. Ships queued.', ['VALLETTA, (XY) – The port reopened.', 'Ships queued.']],
    ['“The harbour in the spring … will reopen – I cannot say when – for ferries,” he said.', ['“The harbour in the spring … will reopen – I cannot say when – for ferries,” he said.']],
    ['The U.S. delegation arrived. Talks began.', ['The U.S. delegation arrived.', 'Talks began.']],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});
