import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and DOM tests live next to the code (*.test.ts / *.test.tsx). DOM tests opt into happy-dom
// per file with `// @vitest-environment happy-dom`.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
      'scripts/**/*.test.ts',
      'tests/corpus/**/*.test.ts',
    ],
    environment: 'node',
    // Property tests run thousands of cases: 1–3 s alone, past the default 5 s when the machine
    // is busy. A test never asserts a time; this only keeps load from failing it.
    testTimeout: 30_000,
  },
});
