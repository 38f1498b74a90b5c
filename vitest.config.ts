import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Claim extraction without an explicit segmenter uses @node-rs/jieba in Node.
          setupFiles: ['tests/unit/node-jieba-setup.ts'],
          // The shipped corpus, compiled once for the run (tests/unit/shipped-corpus-setup.ts).
          globalSetup: ['tests/unit/shipped-corpus-setup.ts'],
          // Some tests compile the whole corpus (jieba) or import 20,000 notes: on a loaded 2-core
          // machine they take well over Vitest's 5 s default (so do the beforeAll hooks that compile
          // it and make opencc's converters). A hang still fails.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
