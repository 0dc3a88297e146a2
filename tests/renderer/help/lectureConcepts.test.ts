import '../support/fakeResizeObserver';
import { afterEach, describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import type { VueWrapper } from '@vue/test-utils';
import { messages } from '../../../shared/i18n';
import LectureConcepts from '../../../renderer/src/components/help/LectureConcepts.vue';
import ConceptsButton from '../../../renderer/src/components/help/ConceptsButton.vue';
import { CONCEPTS, useConceptsDialog } from '../../../renderer/src/components/help/conceptsDialog';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';

const mounted: VueWrapper[] = [];

function mountConcepts(locale: 'en' | 'es') {
  const app = createPuertoTestApp(locale);
  const wrapper = app.mountComponent(LectureConcepts);
  mounted.push(wrapper);
  return wrapper;
}

function dialog(): Element | null {
  return document.body.querySelector('[data-testid="lecture-concepts"]');
}

afterEach(() => {
  for (const wrapper of mounted.splice(0)) wrapper.unmount();
  useConceptsDialog().hide();
  document.body.innerHTML = '';
});

describe('LectureConcepts', () => {
  it('is closed until asked for', async () => {
    mountConcepts('en');
    await settle();

    expect(dialog()).toBeNull();
  });

  for (const locale of ['en', 'es'] as const) {
    it(`shows the lecture’s six ideas, each with where to see it, in ${locale}`, async () => {
      const text = messages[locale].desktop.concepts;
      mountConcepts(locale);

      useConceptsDialog().show();
      await settle();

      const shown = dialog();
      expect(shown?.textContent).toContain(text.title);
      const items = [...(shown?.querySelectorAll('[data-concept]') ?? [])];
      expect(items.map((item) => item.getAttribute('data-concept'))).toEqual([...CONCEPTS]);
      for (const [index, concept] of CONCEPTS.entries()) {
        const item = items[index]?.textContent ?? '';
        expect(item).toContain(text.items[concept].title);
        expect(item).toContain(text.items[concept].text);
        expect(item).toContain(`${text.where}:`);
        expect(item).toContain(text.items[concept].where);
      }
    });
  }

  it('uses the lecture’s own words in Spanish', async () => {
    mountConcepts('es');
    useConceptsDialog().show();
    await settle();

    const text = dialog()?.textContent ?? '';
    expect(text).toContain('espera pasivamente la llegada de peticiones');
    expect(text).toContain('Los puertos TCP y UDP son independientes');
    expect(text).toContain('puerto 80 Web, 21 FTP, 25 SMTP');
  });

  it('opens with F1 and closes with its button', async () => {
    mountConcepts('en');

    const event = new KeyboardEvent('keydown', { key: 'F1', cancelable: true });
    window.dispatchEvent(event);
    await settle();
    expect(event.defaultPrevented).toBe(true);
    expect(dialog()).not.toBeNull();

    (document.body.querySelector('[data-testid="lecture-concepts-close"]') as HTMLElement).click();
    await nextTick();
    expect(useConceptsDialog().open.value).toBe(false);
  });

  it('opens from the header button, which browser mode has instead of a Help menu', async () => {
    const app = createPuertoTestApp('es');
    const concepts = app.mountComponent(LectureConcepts);
    const button = app.mountComponent(ConceptsButton);
    mounted.push(concepts, button);

    expect(button.text()).toBe(messages.es.desktop.concepts.button);
    await button.find('[data-testid="concepts-button"]').trigger('click');
    await settle();

    expect(dialog()?.textContent).toContain(messages.es.desktop.concepts.title);
  });
});
