/**
 * Builds what `main.ts` builds (Pinia, the Puerto client, vue-i18n) around a fake API, so
 * components and stores run exactly as in the app but against scripted engine answers.
 */
import { createApp } from 'vue';
import type { Component } from 'vue';
import { createPinia } from 'pinia';
import { mount } from '@vue/test-utils';
import type { Locale } from '../../../shared/i18n';
import { createPuertoClient } from '../../../renderer/src/client/puertoClient';
import { createPuertoI18n } from '../../../renderer/src/i18n';
import { useSettingsStore } from '../../../renderer/src/stores/settings';
import { FakePuertoApi } from './fakePuertoApi';

export function createPuertoTestApp(locale: Locale = 'en', api = new FakePuertoApi()) {
  const pinia = createPinia();
  const client = createPuertoClient(api);
  const i18n = createPuertoI18n(locale);
  // Stores are created inside this app's context, so `usePuertoClient()` finds the fake.
  const host = createApp({});
  host.use(pinia).use(client).use(i18n);
  useSettingsStore(pinia).locale = locale;
  const plugins = [pinia, client, i18n];

  function mountComponent(component: Component, props: Record<string, unknown> = {}) {
    return mount(component, { props, global: { plugins }, attachTo: document.body });
  }

  return { api, pinia, client, i18n, mountComponent };
}

/** Lets pending promise callbacks (the fake's answers) and Vue's re-render run. */
export async function settle(): Promise<void> {
  for (let round = 0; round < 5; round++) await new Promise((resolve) => setTimeout(resolve, 0));
}
