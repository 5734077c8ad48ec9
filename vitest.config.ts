import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    // English whole, as Node's scripts install it: the page loads its later half with the parts
    // that show it, which src/i18n/firstPart.test.ts checks.
    setupFiles: ['src/i18n/testing/englishWhole.ts'],
    // The property tests and the real-map tests take a few seconds on a loaded two-core
    // machine; the 5-second default failed them when other work shared the cores.
    testTimeout: 20_000,
  },
});
