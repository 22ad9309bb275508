import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // fast-check seeds are printed on failure; pin one with FC_SEED to replay.
    testTimeout: 120_000,
  },
});
