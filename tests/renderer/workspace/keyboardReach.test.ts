/**
 * Keyboard users must not get stuck (issue 11, item 4): shortcuts work while a radio button
 * or a checkbox has the focus, Alt+M reaches the message box, and Escape closes the shortcuts
 * popup and gives the focus back to its button.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h, nextTick } from 'vue';
import { isTypingTarget } from '../../../renderer/src/composables/shortcutKeys';
import { useShortcuts } from '../../../renderer/src/composables/useShortcuts';
import ShortcutHelp from '../../../renderer/src/components/settings/ShortcutHelp.vue';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';

const Form = defineComponent({
  setup() {
    useShortcuts();
    return () =>
      h('div', [
        h('input', { id: 'tcp', type: 'radio', name: 'protocol' }),
        h('input', { id: 'keep', type: 'checkbox' }),
        h('input', { id: 'client-host', 'data-shortcut': 'new-client' }),
        h('div', { 'data-shortcut': 'message' }, [h('textarea', { id: 'message' })]),
      ]);
  },
});

const byId = (id: string) => document.getElementById(id) as HTMLElement;
const mounted: Array<{ unmount(): void }> = [];
afterEach(() => {
  for (const wrapper of mounted.splice(0)) wrapper.unmount();
  document.body.innerHTML = '';
});

function altKey(target: EventTarget, code: string): KeyboardEvent {
  const event = new KeyboardEvent('keydown', {
    key: code.slice(3).toLowerCase(),
    code,
    altKey: true,
    bubbles: true,
    cancelable: true,
  });
  target.dispatchEvent(event);
  return event;
}

describe('shortcuts from any control', () => {
  it('counts text boxes as typing, but not radio buttons, checkboxes or buttons', () => {
    const input = (type: string) => Object.assign(document.createElement('input'), { type });
    expect(isTypingTarget(input('text'))).toBe(true);
    expect(isTypingTarget(input('number'))).toBe(true);
    expect(isTypingTarget(document.createElement('textarea'))).toBe(true);
    expect(isTypingTarget(input('radio'))).toBe(false);
    expect(isTypingTarget(input('checkbox'))).toBe(false);
    expect(isTypingTarget(document.createElement('button'))).toBe(false);
  });

  it('goes to New client with Alt+C while a radio button or a checkbox has the focus', () => {
    mounted.push(createPuertoTestApp().mountComponent(Form));
    for (const id of ['tcp', 'keep']) {
      byId(id).focus();
      expect(altKey(byId(id), 'KeyC').defaultPrevented, id).toBe(true);
      expect(document.activeElement, id).toBe(byId('client-host'));
    }
  });

  it('goes to the message box with Alt+M', () => {
    mounted.push(createPuertoTestApp().mountComponent(Form));
    byId('tcp').focus();
    altKey(byId('tcp'), 'KeyM');
    expect(document.activeElement).toBe(byId('message'));
  });
});

describe('the shortcuts popup', () => {
  it('lists Alt+M in both languages and closes with Escape, focus back on its button', async () => {
    for (const [locale, action] of [
      ['en', 'Go to the message box'],
      ['es', 'Ir a la casilla del mensaje'],
    ] as const) {
      const wrapper = createPuertoTestApp(locale).mountComponent(ShortcutHelp);
      mounted.push(wrapper);
      const button = wrapper.get('[data-testid="shortcut-help"]');
      (button.element as HTMLElement).focus();
      await button.trigger('click');
      await settle();
      const row = document.querySelector('[data-shortcut-name="message"]');
      expect(row?.textContent).toContain(action);
      expect(row?.textContent).toContain('Alt + M');
      expect(button.attributes('aria-expanded')).toBe('true');

      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', cancelable: true }));
      await settle();
      await nextTick();
      expect(button.attributes('aria-expanded')).toBe('false');
      expect(document.activeElement).toBe(button.element);
      wrapper.unmount();
      mounted.pop();
    }
  });
});
