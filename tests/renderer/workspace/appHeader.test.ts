import '../support/fakeResizeObserver';
import { afterEach, describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import type { VueWrapper } from '@vue/test-utils';
import { exportJsonLines } from '../../../shared/capture/captureFile';
import { messages } from '../../../shared/i18n';
import AppHeader from '../../../renderer/src/components/layout/AppHeader.vue';
import { useCaptureStore } from '../../../renderer/src/stores/capture';
import { useSettingsStore } from '../../../renderer/src/stores/settings';
import { dataEvent, eventRange } from '../support/events';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';

const mounted: VueWrapper[] = [];

function mountHeader(locale: 'en' | 'es' = 'en') {
  const app = createPuertoTestApp(locale);
  const wrapper = app.mountComponent(AppHeader);
  mounted.push(wrapper);
  return { app, wrapper, capture: useCaptureStore(app.pinia) };
}

/** What a student does with the file chooser: pick one file. */
async function chooseFile(wrapper: VueWrapper, file: File): Promise<void> {
  const input = wrapper.get('[data-testid="capture-import-input"]').element as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change'));
  await settle();
}

afterEach(() => {
  for (const wrapper of mounted.splice(0)) wrapper.unmount();
  document.body.innerHTML = '';
  document.documentElement.classList.remove('projector');
});

describe('AppHeader: imported captures', () => {
  it('shows an imported capture read-only, keeps collecting live events, and goes back', async () => {
    const { wrapper, capture } = mountHeader('es');
    capture.applyBatch({ events: eventRange(1, 3), evicted: 0 });
    const recorded = [
      dataEvent(1, 'data-in', 'GET / HTTP/1.0\r\n'),
      dataEvent(2, 'data-out', 'hola'),
    ];
    const text = `${exportJsonLines(recorded)}no es json\n{"seq":3,"kind":"data-in","proto":"tcp","bytes":1,"hex":"41"}\n`;

    await chooseFile(wrapper, new File([text], 'practica2.jsonl'));
    expect(capture.events).toEqual(recorded);
    const banner = wrapper.get('[data-testid="imported-capture-banner"]');
    expect(banner.text()).toContain('practica2.jsonl');
    const problems = wrapper
      .findAll('[data-testid="imported-capture-problems"] li')
      .map((item) => item.text());
    expect(problems).toEqual([
      'Línea 4: no es JSON válido.',
      'Línea 5: no es un evento de Puerto (el campo «time» falta o es incorrecto).',
    ]);

    capture.applyBatch({ events: eventRange(4, 2), evicted: 0 });
    expect(capture.events).toEqual(recorded);

    await wrapper.get('[data-testid="back-to-live"]').trigger('click');
    expect(capture.imported).toBeNull();
    expect(capture.events.map((event) => event.seq)).toEqual([1, 2, 3, 4, 5]);
    await nextTick();
    expect(wrapper.find('[data-testid="imported-capture-banner"]').exists()).toBe(false);
  });

  it('explains a file that is not a capture and leaves the live events alone', async () => {
    const { wrapper, capture } = mountHeader('en');
    capture.applyBatch({ events: eventRange(1, 2), evicted: 0 });
    await chooseFile(wrapper, new File(['{"format":"har","log":{}}\n'], 'page.har'));

    expect(capture.imported).toBeNull();
    expect(capture.events).toHaveLength(2);
    const notice = wrapper.get('[data-testid="capture-notice"]');
    expect(notice.attributes('data-type')).toBe('error');
    expect(notice.text()).toContain(
      `The file page.har was not imported: ${messages.en.workspace.capture.problems.notCapture}`,
    );
  });
});

describe('AppHeader: comfort controls', () => {
  it('switches projector mode from its button', async () => {
    const { app, wrapper } = mountHeader();
    const button = wrapper.get('[data-testid="projector-toggle"]');
    await button.trigger('click');
    await nextTick();
    expect(useSettingsStore(app.pinia).projector).toBe(true);
    expect(document.documentElement.classList.contains('projector')).toBe(true);
    expect(button.attributes('aria-pressed')).toBe('true');
    await button.trigger('click');
    await nextTick();
    expect(document.documentElement.classList.contains('projector')).toBe(false);
  });

  it('lists every shortcut in the student’s language', async () => {
    const { wrapper } = mountHeader('es');
    await wrapper.get('[data-testid="shortcut-help"]').trigger('click');
    await settle();
    const list = document.querySelector('[data-testid="shortcut-help-list"]');
    expect(list).not.toBeNull();
    const text = list?.textContent ?? '';
    for (const action of Object.values(messages.es.workspace.shortcuts.actions)) {
      expect(text).toContain(action);
    }
    expect(text).toContain('Ctrl + Intro');
    const search = list?.querySelector('[data-shortcut-name="search"]');
    expect([...(search?.querySelectorAll('kbd') ?? [])].map((key) => key.textContent)).toEqual([
      'Ctrl + F',
      '/',
    ]);
  });
});
