/**
 * The test suite's configuration (`npm test` runs `vitest run --config test/vitest.config.ts`).
 * Nothing under src/ keeps state between calls, so test files share one module graph instead of
 * importing the pipeline again each; the one file that mocks node:fs runs apart.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));
const MOCKING = ['test/ingest/read-errors.test.ts'];

export default defineConfig({
  test: {
    root,
    setupFiles: ['test/setup.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: MOCKING, isolate: false } },
      { extends: true, test: { name: 'mocking', include: MOCKING } },
    ],
  },
});
