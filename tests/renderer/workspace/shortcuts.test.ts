import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h, nextTick, ref } from 'vue';
import type { KeyPress } from '../../../renderer/src/composables/shortcutKeys';
import { shortcutFor } from '../../../renderer/src/composables/shortcutKeys';
import { useShortcutListener, useShortcuts } from '../../../renderer/src/composables/useShortcuts';
import { useProjectorMode } from '../../../renderer/src/composables/useProjectorMode';
import { useSettingsStore } from '../../../renderer/src/stores/settings';
import { createPuertoTestApp } from '../support/puertoTestApp';

const press = (overrides: Partial<KeyPress>): KeyPress => ({
  key: '',
  code: '',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...overrides,
});

describe('shortcutFor', () => {
  it('maps each shortcut, whatever the keyboard layout types', () => {
    expect(shortcutFor(press({ key: 'f', code: 'KeyF', ctrlKey: true }), false)).toBe('search');
    expect(shortcutFor(press({ key: 'f', code: 'KeyF', metaKey: true }), false)).toBe('search');
    expect(shortcutFor(press({ key: '/', code: 'Slash' }), false)).toBe('search');
    expect(shortcutFor(press({ key: 'ß', code: 'KeyS', altKey: true }), false)).toBe('newServer');
    expect(shortcutFor(press({ key: 'c', code: 'KeyC', altKey: true }), false)).toBe('newClient');
    expect(shortcutFor(press({ key: 'p', code: 'KeyP', altKey: true }), false)).toBe('projector');
  });

  it('lets typing through: only Ctrl combinations work inside a text box', () => {
    expect(shortcutFor(press({ key: '/', code: 'Slash' }), true)).toBeNull();
    expect(shortcutFor(press({ key: 's', code: 'KeyS', altKey: true }), true)).toBeNull();
    expect(shortcutFor(press({ key: 'f', code: 'KeyF', ctrlKey: true }), true)).toBe('search');
  });

  it('never takes AltGr (Ctrl+Alt), which types @ and # on Spanish keyboards', () => {
    expect(
      shortcutFor(press({ key: '@', code: 'Digit2', ctrlKey: true, altKey: true }), false),
    ).toBeNull();
    expect(
      shortcutFor(press({ key: 'f', code: 'KeyF', ctrlKey: true, altKey: true }), false),
    ).toBeNull();
    expect(shortcutFor(press({ key: 's', code: 'KeyS' }), false)).toBeNull();
  });
});

/** A page with the marked targets other components place, and the composables under test. */
const Page = defineComponent({
  props: {
    searchVisible: { type: Boolean, default: true },
    /** Nothing marked and nobody listening: a page with nothing to search. */
    bare: { type: Boolean, default: false },
  },
  setup(props) {
    useShortcuts();
    useProjectorMode();
    const showSearch = ref(props.searchVisible);
    if (!props.bare) useShortcutListener('search', () => (showSearch.value = true));
    if (props.bare) return () => h('p');
    return () =>
      h('div', [
        h('div', { 'data-shortcut': 'new-server' }, [h('input', { id: 'server-port' })]),
        h('input', { id: 'client-host', 'data-shortcut': 'new-client' }),
        showSearch.value
          ? h('input', { id: 'search', 'data-shortcut': 'search', value: 'old' })
          : null,
        h('textarea', { id: 'message' }),
      ]);
  },
});

function keydown(target: EventTarget, init: KeyboardEventInit): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

const byId = (id: string) => document.getElementById(id) as HTMLElement;

const mounted: Array<{ unmount(): void }> = [];

/** Mounts `component` and unmounts it after the test, removing its window listener. */
function mountPage(
  component: Parameters<ReturnType<typeof createPuertoTestApp>['mountComponent']>[0],
  props = {},
) {
  const app = createPuertoTestApp();
  mounted.push(app.mountComponent(component, props));
  return app;
}

afterEach(() => {
  for (const wrapper of mounted.splice(0)) wrapper.unmount();
  document.body.innerHTML = '';
  document.documentElement.classList.remove('projector');
});

describe('useShortcuts', () => {
  it('moves focus to the element each shortcut names', async () => {
    mountPage(Page);
    const alt = (code: string) =>
      keydown(document.body, { key: code.slice(3).toLowerCase(), code, altKey: true });

    expect(alt('KeyS').defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(byId('server-port'));
    alt('KeyC');
    expect(document.activeElement).toBe(byId('client-host'));
    byId('client-host').blur();
    const slash = keydown(document.body, { key: '/', code: 'Slash' });
    expect(slash.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(byId('search'));
  });

  it('ignores keys typed inside a text box, except Ctrl combinations', () => {
    mountPage(Page);
    const message = byId('message');
    message.focus();
    expect(keydown(message, { key: '/', code: 'Slash' }).defaultPrevented).toBe(false);
    expect(keydown(message, { key: 's', code: 'KeyS', altKey: true }).defaultPrevented).toBe(false);
    expect(document.activeElement).toBe(message);

    expect(keydown(message, { key: 'f', code: 'KeyF', ctrlKey: true }).defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(byId('search'));
  });

  it('lets a component show the target first when it is not on screen', async () => {
    mountPage(Page, { searchVisible: false });
    expect(document.getElementById('search')).toBeNull();
    const event = keydown(document.body, { key: 'f', code: 'KeyF', ctrlKey: true });
    expect(event.defaultPrevented).toBe(true);
    await nextTick();
    await nextTick();
    expect(document.activeElement).toBe(byId('search'));
  });

  it('leaves Ctrl+F to the browser when nothing can be searched', () => {
    mountPage(Page, { bare: true });
    expect(keydown(document.body, { key: 'f', code: 'KeyF', ctrlKey: true }).defaultPrevented).toBe(
      false,
    );
  });

  it('toggles projector mode with Alt+P: the setting and the class on <html>', async () => {
    const app = mountPage(Page);
    const settings = useSettingsStore(app.pinia);
    keydown(document.body, { key: 'p', code: 'KeyP', altKey: true });
    await nextTick();
    expect(settings.projector).toBe(true);
    expect(document.documentElement.classList.contains('projector')).toBe(true);
    keydown(document.body, { key: 'p', code: 'KeyP', altKey: true });
    await nextTick();
    expect(document.documentElement.classList.contains('projector')).toBe(false);
  });
});
