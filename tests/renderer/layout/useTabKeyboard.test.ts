import { ref } from 'vue';
import { afterEach, describe, expect, it } from 'vitest';
import {
  nextTabName,
  useTabKeyboard,
} from '../../../renderer/src/components/layout/useTabKeyboard';

const VIEWS = ['topology', 'conversation', 'groups', 'catalogue', 'mailbox'] as const;
type View = (typeof VIEWS)[number];

function press(key: string): KeyboardEvent {
  return new KeyboardEvent('keydown', { key, cancelable: true });
}

describe('nextTabName', () => {
  it('moves with the arrows, wrapping at both ends, and jumps with Home and End', () => {
    expect(nextTabName(VIEWS, 'topology', 'ArrowRight')).toBe('conversation');
    expect(nextTabName(VIEWS, 'mailbox', 'ArrowRight')).toBe('topology');
    expect(nextTabName(VIEWS, 'topology', 'ArrowLeft')).toBe('mailbox');
    expect(nextTabName(VIEWS, 'groups', 'Home')).toBe('topology');
    expect(nextTabName(VIEWS, 'groups', 'End')).toBe('mailbox');
  });

  it('stays put for any other key', () => {
    expect(nextTabName(VIEWS, 'groups', 'ArrowDown')).toBe('groups');
    expect(nextTabName(VIEWS, 'groups', 'a')).toBe('groups');
  });
});

describe('useTabKeyboard', () => {
  afterEach(() => document.body.replaceChildren());

  function setUp() {
    const active = ref<View>('topology');
    const tabs = useTabKeyboard(VIEWS, active, 'test');
    for (const name of VIEWS) {
      const element = document.createElement('div');
      element.id = tabs.tabId(name);
      element.tabIndex = -1;
      document.body.append(element);
    }
    return { active, tabs };
  }

  it('puts only the chosen tab in the Tab order, with the ARIA tab attributes', () => {
    const { active, tabs } = setUp();
    expect(tabs.tabProps('topology')).toMatchObject({
      role: 'tab',
      tabindex: 0,
      'aria-selected': true,
      'aria-controls': 'test-panel-topology',
    });
    expect(tabs.tabProps('mailbox')).toMatchObject({ tabindex: -1, 'aria-selected': false });
    active.value = 'mailbox';
    expect(tabs.tabProps('mailbox').tabindex).toBe(0);
    expect(tabs.panelProps('mailbox')).toEqual({
      id: 'test-panel-mailbox',
      role: 'tabpanel',
      'aria-labelledby': 'test-tab-mailbox',
      tabindex: 0,
    });
  });

  it('chooses and focuses the next tab on an arrow key, and chooses on Enter or Space', async () => {
    const { active, tabs } = setUp();
    const right = press('ArrowRight');
    tabs.tabProps('topology').onKeydown(right);
    expect(right.defaultPrevented).toBe(true);
    expect(active.value).toBe('conversation');
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.activeElement?.id).toBe('test-tab-conversation');

    tabs.tabProps('conversation').onKeydown(press('End'));
    expect(active.value).toBe('mailbox');
    tabs.tabProps('groups').onKeydown(press('Enter'));
    expect(active.value).toBe('groups');
    tabs.tabProps('catalogue').onKeydown(press(' '));
    expect(active.value).toBe('catalogue');

    const other = press('x');
    tabs.tabProps('catalogue').onKeydown(other);
    expect(other.defaultPrevented).toBe(false);
    expect(active.value).toBe('catalogue');
  });

  it('marks Naive UI’s header row as the tab list, with its label', () => {
    const { tabs } = setUp();
    const root = document.createElement('div');
    root.innerHTML = '<div class="n-tabs-wrapper"></div>';
    tabs.markTabList(root, 'Views');
    const list = root.querySelector('.n-tabs-wrapper');
    expect(list?.getAttribute('role')).toBe('tablist');
    expect(list?.getAttribute('aria-label')).toBe('Views');
  });
});
