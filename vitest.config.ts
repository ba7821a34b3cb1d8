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
  },
});
