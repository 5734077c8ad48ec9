import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    // The property tests and the real-map tests take a few seconds on a loaded two-core
    // machine; the 5-second default failed them when other work shared the cores.
    testTimeout: 20_000,
  },
});
