import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { createAppI18n, storedLocale } from './i18n';
import { createAppRouter } from './router';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';

const app = createApp(App);
const router = createAppRouter();
app.use(createPinia());
app.use(router);
app.use(createAppI18n(storedLocale()));

// The selection is read from the URL, so mount only once the first route is resolved.
void router.isReady().then(() => app.mount('#app'));
