/** Preloads, under which the command line leaves V8's flags alone (src/runtime-flags.ts). */
import { describe, expect, it } from 'vitest';
import { preloads } from '../src/preloads.js';

describe('preloads', () => {
  it.each([
    [['--import', 'tsx'], undefined],
    [['--import=tsx'], undefined],
    [['-r', './hook.cjs'], undefined],
    [['--require=./hook.cjs'], undefined],
    [['--loader', 'ts-node/esm'], undefined],
    [['--experimental-loader=./hooks.mjs'], undefined],
    [[], '--import tsx'],
    [[], '--max-old-space-size=4096 --require ./hook.cjs'],
  ])('sees a preload in %j with NODE_OPTIONS %j', (execArgv, nodeOptions) => {
    expect(preloads(execArgv, nodeOptions)).toBe(true);
  });

  it.each([
    [[], undefined],
    [['--enable-source-maps', '--max-old-space-size=4096'], ''],
    [['--cpu-prof'], '--trace-warnings'],
    [['--important'], '--required-flag'],
  ])('sees none in %j with NODE_OPTIONS %j', (execArgv, nodeOptions) => {
    expect(preloads(execArgv, nodeOptions)).toBe(false);
  });
});
