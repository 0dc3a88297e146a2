import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import { levelCardHeadings } from './accessibility/cardHeadings';
import { createPuertoClient } from './client/puertoClient';
import { createPuertoI18n } from './i18n';
import { useSettingsStore } from './stores/settings';
import { createTransport } from './transport/createTransport';

const app = createApp(App);
const pinia = createPinia();
app.use(pinia);
app.use(createPuertoClient(createTransport()));
app.use(createPuertoI18n(useSettingsStore(pinia).locale));
app.mount('#app');
levelCardHeadings(document.body);
