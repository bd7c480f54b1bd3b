/**
 * Run before each test file: property tests use one fixed fast-check seed (fast-check prints it
 * with any failure; `FC_SEED=<n> npm test` tries another), and the temporary folders a file made
 * with `tempFolder` are removed when it ends.
 */
import fc from 'fast-check';
import { afterAll } from 'vitest';
import { removeTempFolders } from './temp.js';

fc.configureGlobal({ seed: Number(process.env['FC_SEED'] ?? 20_261_205) });
afterAll(removeTempFolders);
