import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { PlainSummaryReporter } from './plain-summary-reporter.mts';

const root = resolve(import.meta.dirname, '..');

// Four projects: fast pure tests, integration tests through the real `adb` server and
// virtual phones, browser tests (Playwright + Debian Chromium on the built renderer), and
// benchmarks that print figures (run only by `npm run bench`).
export default defineConfig({
  test: {
    root,
    reporters: ['default', new PlainSummaryReporter()],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'bench',
          include: ['test/bench/**/*.bench.ts'],
          testTimeout: 600_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
