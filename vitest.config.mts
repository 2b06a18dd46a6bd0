import { defineConfig } from 'vitest/config';

// One runner for every layer; integration tests open real sockets on loopback,
// so they get longer timeouts than pure unit tests.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
