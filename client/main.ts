import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { createAppI18n, storedLocale } from './i18n';
import { createAppRouter } from './router';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/forms.css';

const app = createApp(App);
const pinia = createPinia();
app.use(pinia);
// The router's guard loads the session (GET /auth/session) before the first page resolves.
const router = createAppRouter(undefined, pinia);
app.use(router);
app.use(createAppI18n(storedLocale()));

// The selection is read from the URL and the session decides the first page, so mount only once
// the first route is resolved; until then the page stays blank rather than flashing a wrong page.
void router.isReady().then(() => app.mount('#app'));
