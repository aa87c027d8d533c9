import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

// Three suites: `unit` runs everywhere on PGlite (npm test), `pg` runs the database and API
// suites against PostgreSQL at TEST_DATABASE_URL, `e2e` drives the built app in Debian Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [vue()],
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'test/faults/process/**', 'test/faults/pg/**', 'node_modules/**'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'pg',
          include: [
            'test/db/**/*.test.ts', 'test/importer/**/*.test.ts', 'test/api/**/*.test.ts',
            'test/access/{sessions,tokens,throttle,users,http}.test.ts',
            'test/public-times/queries.test.ts', 'test/faults/pg/**/*.test.ts', 'test/upload/http.test.ts',
          ],
          environment: 'node',
          env: { TILSYN_TEST_DB: 'postgres' },
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts', 'test/faults/process/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
