import { afterEach, describe, expect, it } from 'vitest';
import type { VueWrapper } from '@vue/test-utils';
import { settle } from '../support/puertoTestApp';
import {
  choose,
  click,
  conversation,
  feedback,
  isDisabled,
  mountComposer,
  openSection,
  pick,
  textarea,
  type,
} from './composerHarness';

/** Mounting Naive UI in happy-dom takes a while on a busy CI machine. */
const COMPONENT_TIMEOUT_MS = 20_000;

let mounted: VueWrapper | undefined;
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
  document.body.innerHTML = '';
});

async function composer(...args: Parameters<typeof mountComposer>) {
  const harness = await mountComposer(...args);
  mounted = harness.wrapper;
  return harness;
}

describe('MessageComposer: what reaches the wire', { timeout: COMPONENT_TIMEOUT_MS }, () => {
  it('sends typed text as UTF-8 with a line feed by default, then empties the box', async () => {
    const { wrapper, sent } = await composer();
    await type(wrapper, '¿qué tal?');
    await click(wrapper, 'composer-send');
    expect(sent()).toEqual([{ connectionId: 'c1', hex: 'c2 bf 71 75 c3 a9 20 74 61 6c 3f 0a' }]);
    expect(textarea(wrapper).value).toBe('');
  });

  it('sends text with CRLF in ISO-8859-1 as one byte per character', async () => {
    const { wrapper, sent } = await composer();
    await pick(wrapper, 'composer-ending-crlf');
    await choose(wrapper, 'composer-encoding', 'ISO-8859-1 (Latin-1)');
    await type(wrapper, 'año\\t1');
    expect(feedback(wrapper)).toContain('Bytes: 7');
    await click(wrapper, 'composer-send');
    expect(sent()).toEqual([{ connectionId: 'c1', hex: '61 f1 6f 09 31 0d 0a' }]);
    expect(textarea(wrapper).value).toBe('');
  });

  it('sends hex exactly as written, ignoring line ending and encoding', async () => {
    const { wrapper, sent } = await composer();
    await pick(wrapper, 'composer-mode-hex');
    await type(wrapper, '0x48 6f:6C 61 00');
    expect(feedback(wrapper)).toBe('Will send · Bytes: 5 · 48 6F 6C 61 00');
    await click(wrapper, 'composer-send');
    expect(sent()).toEqual([{ connectionId: 'c1', hex: '48 6f 6c 61 00' }]);
  });

  it('refuses odd hex digits as they are typed, naming the position, and sends nothing', async () => {
    const { wrapper, sent } = await composer();
    await pick(wrapper, 'composer-mode-hex');
    await type(wrapper, '48 6');
    expect(feedback(wrapper)).toContain('“6” at position 4 has an odd number of digits');
    expect(isDisabled(wrapper, 'composer-send')).toBe(true);
    await wrapper
      .get('[data-testid="composer-text"] textarea')
      .trigger('keydown', { key: 'Enter' });
    await settle();
    expect(sent()).toEqual([]);
  });

  it('explains in Spanish a character the encoding cannot write', async () => {
    const { wrapper, sent } = await composer([conversation('c1')], 'es');
    await choose(wrapper, 'composer-encoding', 'ASCII');
    await type(wrapper, 'año');
    expect(feedback(wrapper)).toContain('“ñ” (U+00F1) en la posición 2 no existe en ASCII');
    await click(wrapper, 'composer-send');
    expect(sent()).toEqual([]);
  });

  it('refuses an incomplete \\x escape', async () => {
    const { wrapper } = await composer();
    await type(wrapper, 'ok\\x4');
    expect(feedback(wrapper)).toContain('“\\x4” at position 3 is incomplete');
    expect(isDisabled(wrapper, 'composer-send')).toBe(true);
  });

  it('sends on Enter in the box and on Ctrl+Enter from the page, not from another form', async () => {
    const { wrapper, sent } = await composer();
    await type(wrapper, 'uno');
    await wrapper
      .get('[data-testid="composer-text"] textarea')
      .trigger('keydown', { key: 'Enter' });
    await settle();
    await type(wrapper, 'dos');
    document.body.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }),
    );
    await settle();
    expect(sent().map((call) => call.hex)).toEqual(['75 6e 6f 0a', '64 6f 73 0a']);

    const otherForm = document.createElement('input');
    document.body.append(otherForm);
    await type(wrapper, 'tres');
    otherForm.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }),
    );
    await settle();
    expect(sent()).toHaveLength(2);
  });
});

describe('MessageComposer: history and snippets', { timeout: COMPONENT_TIMEOUT_MS }, () => {
  it('recalls earlier messages with the arrows, then the unsent draft', async () => {
    const { wrapper } = await composer();
    const box = wrapper.get('[data-testid="composer-text"] textarea');
    for (const message of ['first', 'second']) {
      await type(wrapper, message);
      await click(wrapper, 'composer-send');
    }
    await type(wrapper, 'draft');
    textarea(wrapper).setSelectionRange(0, 0);
    await box.trigger('keydown', { key: 'ArrowUp' });
    expect(textarea(wrapper).value).toBe('second');
    await box.trigger('keydown', { key: 'ArrowUp' });
    expect(textarea(wrapper).value).toBe('first');
    textarea(wrapper).setSelectionRange(5, 5);
    await box.trigger('keydown', { key: 'ArrowDown' });
    await box.trigger('keydown', { key: 'ArrowDown' });
    expect(textarea(wrapper).value).toBe('draft');
  });

  it('leaves the arrows to the text while the caret is inside a multi-line message', async () => {
    const { wrapper } = await composer();
    await type(wrapper, 'sent');
    await click(wrapper, 'composer-send');
    await type(wrapper, 'line one\nline two');
    textarea(wrapper).setSelectionRange(12, 12);
    await wrapper.get('[data-testid="composer-text"] textarea').trigger('keydown', {
      key: 'ArrowUp',
    });
    expect(textarea(wrapper).value).toBe('line one\nline two');
  });

  it('saves the message as a named snippet, loads it back, and deletes it', async () => {
    const { wrapper, pinia } = await composer();
    const { useWorkspaceStore } = await import('../../../renderer/src/stores/workspace');
    const workspace = useWorkspaceStore(pinia);
    await openSection(wrapper, 'snippets');
    await pick(wrapper, 'composer-mode-hex');
    await type(wrapper, '0D 0A');
    await wrapper.get('[data-testid="composer-snippet-name"] input').setValue('blank line');
    await wrapper.get('[data-testid="composer-snippet-save"]').trigger('submit');
    await settle();
    expect(workspace.snippets).toEqual([
      expect.objectContaining({ name: 'blank line', mode: 'hex', text: '0D 0A' }),
    ]);

    await pick(wrapper, 'composer-mode-text');
    await type(wrapper, 'something else');
    await click(wrapper, 'composer-snippet');
    expect(textarea(wrapper).value).toBe('0D 0A');
    expect(feedback(wrapper)).toBe('Will send · Bytes: 2 · 0D 0A');

    await click(wrapper, 'composer-snippet-remove');
    expect(workspace.snippets).toEqual([]);
  });

  it('explains why a snippet cannot be saved without a name', async () => {
    const { wrapper, pinia } = await composer();
    const { useWorkspaceStore } = await import('../../../renderer/src/stores/workspace');
    await openSection(wrapper, 'snippets');
    await type(wrapper, 'hola');
    await wrapper.get('form.snippet-shelf__form').trigger('submit');
    await settle();
    expect(wrapper.get('[data-testid="composer-snippets"]').text()).toContain(
      'Give the snippet a name.',
    );
    expect(useWorkspaceStore(pinia).snippets).toEqual([]);
  });
});

describe('MessageComposer: ending a conversation', { timeout: COMPONENT_TIMEOUT_MS }, () => {
  it('half-closes and closes the chosen conversation, and refuses to send after FIN', async () => {
    const { wrapper, api, setConnections } = await composer();
    await click(wrapper, 'composer-half-close');
    await click(wrapper, 'composer-close');
    expect(api.callsOf('halfClose')).toEqual([{ connectionId: 'c1' }]);
    expect(api.callsOf('closeConnection')).toEqual([{ connectionId: 'c1' }]);

    setConnections([conversation('c1', { status: 'half-closed', localEnded: true })]);
    await settle();
    await type(wrapper, 'hola');
    expect(isDisabled(wrapper, 'composer-send')).toBe(true);
    expect(isDisabled(wrapper, 'composer-half-close')).toBe(true);
  });
});
