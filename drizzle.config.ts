import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: ['./server/db/schema.ts', './server/db/access-schema.ts', './server/db/review-schema.ts', './server/db/publication-schema.ts', './server/db/target-schema.ts'],
  out: './server/db/migrations',
});
