import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// The API server (server/) listens on port 4000; in development Vite serves the client and
// proxies the API paths to it, so the browser only ever talks to one origin.
const api = 'http://localhost:4000';
const proxy = { '/graphql': api, '/auth': api, '/admin': api, '/healthz': api, '/readyz': api };

export default defineConfig({
  root: 'client',
  plugins: [vue()],
  define: {
    // vue-i18n feature flags: Composition API only (`useI18n`, no global `$t` or components), no
    // devtools in production builds.
    __VUE_I18N_FULL_INSTALL__: false,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  build: {
    outDir: fileURLToPath(new URL('./dist/client', import.meta.url)),
    emptyOutDir: true,
    // ECharts (only the registered parts) is ~510 kB minified, ~170 kB gzip; it is loaded only
    // with the route pages that draw charts (see client/charts/register.ts), never initially.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The framework in one long-cached chunk, apart from the app's own code.
          groups: [{ name: 'vendor', test: /node_modules[\\/](@vue|vue|vue-router|vue-i18n|@intlify|pinia)[\\/]/ }],
        },
      },
    },
  },
  server: { proxy },
  preview: { proxy },
});
