/**
 * Mounts the composer against the fake engine with some conversations, and reads back the
 * bytes that reached `send`: the one thing a composer test must judge.
 */
import type { VueWrapper } from '@vue/test-utils';
import type { ConnectionInfo } from '../../../shared/contract';
import type { Locale } from '../../../shared/i18n';
import MessageComposer from '../../../renderer/src/components/messages/MessageComposer.vue';
import { useEngineStore } from '../../../renderer/src/stores/engine';
import { openConversation } from '../support/engineInfo';
import { emptyState } from '../support/fakePuertoApi';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';

/** The composer tests' conversations: open TCP ones, changed where a test needs. */
export { openConversation as conversation } from '../support/engineInfo';

export async function mountComposer(
  connections: ConnectionInfo[] = [openConversation('c1')],
  locale: Locale = 'en',
) {
  const app = createPuertoTestApp(locale);
  app.api.respond('send', (request) => ({
    ok: true,
    value: { bytes: request.data.byteLength, flushed: true },
  }));
  const engine = useEngineStore(app.pinia);
  const setConnections = (next: ConnectionInfo[]) =>
    engine.applyState({ ...emptyState(), connections: next });
  setConnections(connections);
  const wrapper = app.mountComponent(MessageComposer);
  await settle();

  const sent = () =>
    (app.api.callsOf('send') as Array<{ connectionId: string; data: Uint8Array }>).map((call) => ({
      connectionId: call.connectionId,
      hex: Array.from(call.data, (byte) => byte.toString(16).padStart(2, '0')).join(' '),
    }));

  return { ...app, wrapper, engine, setConnections, sent };
}

export function textarea(wrapper: VueWrapper): HTMLTextAreaElement {
  return wrapper.get('[data-testid="composer-text"] textarea').element as HTMLTextAreaElement;
}

export async function type(wrapper: VueWrapper, text: string): Promise<void> {
  await wrapper.get('[data-testid="composer-text"] textarea').setValue(text);
  await settle();
}

export async function click(wrapper: VueWrapper, testId: string): Promise<void> {
  await wrapper.get(`[data-testid="${testId}"]`).trigger('click');
  await settle();
}

/** The repeat, file and snippet tools are folded away until the student opens them. */
export async function openSection(wrapper: VueWrapper, name: 'repeat' | 'file' | 'snippets') {
  await wrapper
    .get(`[data-testid="composer-section-${name}"] .n-collapse-item__header-main`)
    .trigger('click');
  await settle();
}

/** Radio buttons in Naive UI are real inputs: checking one is what a click does. */
export async function pick(wrapper: VueWrapper, testId: string): Promise<void> {
  await wrapper.get(`[data-testid="${testId}"] input`).setValue(true);
  await settle();
}

/** Opens a Naive UI select and clicks the option with that label (the menu is teleported). */
export async function choose(wrapper: VueWrapper, testId: string, label: string): Promise<void> {
  await wrapper.get(`[data-testid="${testId}"] .n-base-selection`).trigger('click');
  await settle();
  const option = [...document.querySelectorAll('.n-base-select-option')].find(
    (element) => element.textContent?.trim() === label,
  );
  if (option === undefined) throw new Error(`no option labelled ${label}`);
  (option as HTMLElement).click();
  await settle();
}

export function feedback(wrapper: VueWrapper): string {
  return wrapper.get('[data-testid="composer-text-field"] .n-form-item-feedback').text();
}

export function isDisabled(wrapper: VueWrapper, testId: string): boolean {
  return wrapper.get(`[data-testid="${testId}"]`).attributes('disabled') !== undefined;
}
