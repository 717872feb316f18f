import { defineConfig } from 'vitest/config';

/** `npm run fuzz`: the long property run, kept out of `npm test`. */
export default defineConfig({
  test: {
    include: ['test/**/*.fuzz.ts'],
    testTimeout: 24 * 60 * 60 * 1000,
  },
});
