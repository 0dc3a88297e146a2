/**
 * Collapsible sections the keyboard can reach (issue 11, item 4): each title is a button in
 * the Tab order that says whether its section is open, and pressing it (Enter and Space press
 * a button) opens and closes the section.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { NCollapse } from 'naive-ui';
import BaseDisclosure from '../../../renderer/src/components/layout/BaseDisclosure.vue';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';

const Sections = defineComponent({
  setup: () => () =>
    h(NCollapse, null, () => [
      h(BaseDisclosure, { title: 'Send a file', name: 'file', 'data-testid': 'file' }, () =>
        h('p', { id: 'file-body' }, 'inside'),
      ),
      h(BaseDisclosure, { title: 'Snippets', name: 'snippets' }, () => h('p', 'more')),
    ]),
});

const mounted: Array<{ unmount(): void }> = [];
afterEach(() => {
  for (const wrapper of mounted.splice(0)) wrapper.unmount();
});

describe('BaseDisclosure', () => {
  it('puts each section title in the Tab order as a button saying it is closed', () => {
    const wrapper = createPuertoTestApp().mountComponent(Sections);
    mounted.push(wrapper);
    const toggles = wrapper.findAll('button.base-disclosure__toggle');
    expect(toggles.map((toggle) => toggle.text())).toEqual(['Send a file', 'Snippets']);
    for (const toggle of toggles) {
      expect(toggle.attributes('type')).toBe('button');
      expect(toggle.attributes('tabindex') ?? '0').not.toBe('-1');
      expect(toggle.attributes('aria-expanded')).toBe('false');
    }
    expect(wrapper.find('[data-testid="file"]').exists()).toBe(true);
  });

  it('opens and closes its section when pressed, and says so', async () => {
    const wrapper = createPuertoTestApp().mountComponent(Sections);
    mounted.push(wrapper);
    const toggle = wrapper.get('[data-testid="file"] button.base-disclosure__toggle');
    expect(document.getElementById('file-body')).toBeNull();
    // A browser turns Enter or Space on a button into this click.
    await toggle.trigger('click');
    await settle();
    expect(toggle.attributes('aria-expanded')).toBe('true');
    expect(document.getElementById('file-body')?.textContent).toBe('inside');
    await toggle.trigger('click');
    await settle();
    expect(toggle.attributes('aria-expanded')).toBe('false');
  });
});
