import { describe, expect, it } from 'vitest';
import { progressLine } from '../src/progress.js';

function terminal(isTTY: boolean) {
  const written: string[] = [];
  return { stream: { isTTY, write: (text: string) => written.push(text) }, written };
}

describe('progressLine', () => {
  it('stays silent for the first second, then shows and finally clears one line', () => {
    let clock = 0;
    const { stream, written } = terminal(true);
    const progress = progressLine(stream, true, () => clock);
    progress.update('read 3 files');
    clock = 1500;
    progress.update('extract done');
    progress.done();
    expect(written).toEqual(['\r\u001b[Kcrosscheck: extract done (1.5 s)', '\r\u001b[K']);
  });

  it('writes nothing when the stream is not a terminal (a pipe, a CI log)', () => {
    let clock = 0;
    const { stream, written } = terminal(false);
    const progress = progressLine(stream, true, () => clock);
    clock = 5000;
    progress.update('align done');
    progress.done();
    expect(written).toEqual([]);
  });

  it('writes nothing when quiet', () => {
    const { stream, written } = terminal(true);
    const progress = progressLine(stream, false, () => 5000);
    progress.update('align done');
    progress.done();
    expect(written).toEqual([]);
  });
});
