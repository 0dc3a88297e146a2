import { afterEach, describe, expect, it } from 'vitest';
import type { VueWrapper } from '@vue/test-utils';
import { MAX_SEND_BYTES } from '../../../shared/contract';
import { useSelectionStore } from '../../../renderer/src/stores/selection';
import { settle } from '../support/puertoTestApp';
import {
  click,
  conversation,
  isDisabled,
  mountComposer,
  openSection,
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

function reason(wrapper: VueWrapper): string {
  return wrapper.find('[data-testid="composer-reason"]').text();
}

async function chooseFile(wrapper: VueWrapper, file: File): Promise<void> {
  const input = wrapper.get('[data-testid="composer-file-input"]');
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true });
  await input.trigger('change');
  await settle();
}

describe('MessageComposer: which conversation', { timeout: COMPONENT_TIMEOUT_MS }, () => {
  it('follows the newest open conversation, and the one chosen elsewhere', async () => {
    const { wrapper, pinia, sent } = await composer([
      conversation('old', { status: 'closed' }),
      conversation('c1'),
      conversation('c2'),
    ]);
    expect(useSelectionStore(pinia).connectionId).toBe('c2');
    useSelectionStore(pinia).focusConnection('c1');
    await type(wrapper, 'hola');
    await click(wrapper, 'composer-send');
    expect(sent().map((call) => call.connectionId)).toEqual(['c1']);
  });

  it('says there is nothing to send on before any conversation exists', async () => {
    const { wrapper, sent } = await composer([]);
    await type(wrapper, 'hola');
    expect(isDisabled(wrapper, 'composer-send')).toBe(true);
    expect(reason(wrapper)).toContain('Nothing to send on yet: open a client');
    await wrapper
      .get('[data-testid="composer-text"] textarea')
      .trigger('keydown', { key: 'Enter' });
    await settle();
    expect(sent()).toEqual([]);
  });

  it('keeps a conversation that closed, says why, and moves on when a new one opens', async () => {
    const { wrapper, pinia, setConnections } = await composer([conversation('c1')]);
    await type(wrapper, 'hola');
    setConnections([conversation('c1', { status: 'closed' })]);
    await settle();
    expect(useSelectionStore(pinia).connectionId).toBe('c1');
    expect(isDisabled(wrapper, 'composer-send')).toBe(true);
    expect(reason(wrapper)).toContain('This conversation is closed');

    setConnections([conversation('c1', { status: 'closed' }), conversation('c3')]);
    await settle();
    expect(useSelectionStore(pinia).connectionId).toBe('c3');
    expect(isDisabled(wrapper, 'composer-send')).toBe(false);
  });

  it('stops sending after this side’s FIN and explains it, in Spanish too', async () => {
    const { wrapper } = await composer(
      [conversation('c1', { status: 'half-closed', localEnded: true })],
      'es',
    );
    await type(wrapper, 'hola');
    expect(isDisabled(wrapper, 'composer-send')).toBe(true);
    expect(isDisabled(wrapper, 'composer-half-close')).toBe(true);
    expect(isDisabled(wrapper, 'composer-close')).toBe(false);
    expect(reason(wrapper)).toContain('Cerraste a medias esta conexión (FIN)');
  });

  it('still sends after the other side’s FIN: TCP is two independent directions', async () => {
    const { wrapper, sent } = await composer([
      conversation('c1', { status: 'half-closed', remoteEnded: true }),
    ]);
    await type(wrapper, 'still here');
    await click(wrapper, 'composer-send');
    expect(sent()).toHaveLength(1);
  });

  it('offers no half-close or close on UDP, and sends an empty datagram', async () => {
    const { wrapper, api, sent } = await composer([conversation('u1', { protocol: 'udp' })]);
    expect(isDisabled(wrapper, 'composer-half-close')).toBe(true);
    expect(isDisabled(wrapper, 'composer-close')).toBe(true);
    await click(wrapper, 'composer-close');
    expect(api.callsOf('closeConnection')).toEqual([]);

    await wrapper.get('[data-testid="composer-ending-none"] input').setValue(true);
    await settle();
    await click(wrapper, 'composer-send');
    expect(sent()).toEqual([{ connectionId: 'u1', hex: '' }]);
  });

  it('refuses an empty TCP message, and one larger than a UDP datagram', async () => {
    const { wrapper, setConnections } = await composer([conversation('c1')]);
    await wrapper.get('[data-testid="composer-ending-none"] input').setValue(true);
    await settle();
    expect(isDisabled(wrapper, 'composer-send')).toBe(true);
    expect(reason(wrapper)).toContain('TCP sends no bytes for an empty message');

    setConnections([
      conversation('c1', { status: 'closed' }),
      conversation('u1', { protocol: 'udp' }),
    ]);
    await settle();
    await type(wrapper, 'x'.repeat(65_508));
    expect(isDisabled(wrapper, 'composer-send')).toBe(true);
    expect(wrapper.get('[data-testid="composer-text-field"]').text()).toContain(
      'one UDP datagram carries at most 65,507 bytes',
    );
  });
});

describe('MessageComposer: repeat and files', { timeout: COMPONENT_TIMEOUT_MS }, () => {
  it('sends the message N times and reports it done', async () => {
    const { wrapper, sent } = await composer();
    await openSection(wrapper, 'repeat');
    await type(wrapper, 'ping');
    await wrapper.get('[data-testid="composer-repeat-count"] input').setValue('3');
    await wrapper.get('[data-testid="composer-repeat-interval"] input').setValue('10');
    await click(wrapper, 'composer-repeat-start');
    await expect.poll(() => sent().length, { timeout: 10_000 }).toBe(3);
    await settle();
    expect(sent().map((call) => call.hex)).toEqual(Array(3).fill('70 69 6e 67 0a'));
    expect(wrapper.get('[data-testid="composer-repeat-status"]').text()).toBe('Done: sent 3 of 3.');
  });

  it('stops repeating when the conversation closes, and when Stop is pressed', async () => {
    const { wrapper, sent, setConnections } = await composer();
    await openSection(wrapper, 'repeat');
    await type(wrapper, 'tick');
    await wrapper.get('[data-testid="composer-repeat-count"] input').setValue('1000');
    await wrapper.get('[data-testid="composer-repeat-interval"] input').setValue('60000');
    await click(wrapper, 'composer-repeat-start');
    expect(sent()).toHaveLength(1);
    setConnections([conversation('c1', { status: 'closed' })]);
    await settle();
    expect(wrapper.get('[data-testid="composer-repeat-status"]').text()).toContain(
      'stopped after 1 of 1000',
    );

    setConnections([conversation('c1', { status: 'closed' }), conversation('c2')]);
    await settle();
    await click(wrapper, 'composer-repeat-start');
    await click(wrapper, 'composer-repeat-stop');
    expect(sent()).toHaveLength(2);
    expect(wrapper.get('[data-testid="composer-repeat-status"]').text()).toBe(
      'Stopped after 1 of 1000.',
    );
  });

  it('refuses a repeat count above 1000 and an interval under 10 ms as they are typed', async () => {
    const { wrapper } = await composer();
    await openSection(wrapper, 'repeat');
    await type(wrapper, 'x');
    await wrapper.get('[data-testid="composer-repeat-count"] input').setValue('1001');
    await wrapper.get('[data-testid="composer-repeat-interval"] input').setValue('5');
    await settle();
    const text = wrapper.get('[data-testid="composer-repeat"]').text();
    expect(text).toContain('Write a whole number from 1 to 1,000.');
    expect(text).toContain('Write a whole number of milliseconds from 10 to 60,000.');
    expect(isDisabled(wrapper, 'composer-repeat-start')).toBe(true);
  });

  it('sends a file’s bytes exactly as they are', async () => {
    const { wrapper, sent } = await composer();
    await openSection(wrapper, 'file');
    await chooseFile(wrapper, new File([Uint8Array.of(0, 1, 0xfe, 0xff)], 'data.bin'));
    expect(wrapper.get('[data-testid="composer-file-name"]').text()).toBe('data.bin: 4 bytes');
    await click(wrapper, 'composer-file-send');
    await expect.poll(() => sent().length).toBe(1);
    expect(sent()[0]?.hex).toBe('00 01 fe ff');
  });

  it('refuses a file over 1 MiB before sending anything', async () => {
    const { wrapper, sent } = await composer();
    await openSection(wrapper, 'file');
    await chooseFile(wrapper, new File([new Uint8Array(MAX_SEND_BYTES + 1)], 'big.iso'));
    expect(wrapper.get('[data-testid="composer-file-problem"]').text()).toBe(
      'big.iso is 1,048,577 bytes: one send carries at most 1,048,576 bytes (1 MiB). Choose a smaller file.',
    );
    expect(isDisabled(wrapper, 'composer-file-send')).toBe(true);
    await click(wrapper, 'composer-file-send');
    expect(sent()).toEqual([]);
  });

  it('refuses on UDP a file larger than one datagram', async () => {
    const { wrapper, sent } = await composer([conversation('u1', { protocol: 'udp' })]);
    await openSection(wrapper, 'file');
    await chooseFile(wrapper, new File([new Uint8Array(70_000)], 'photo.jpg'));
    expect(wrapper.get('[data-testid="composer-file-problem"]').text()).toContain(
      'one UDP datagram carries at most 65,507 bytes',
    );
    expect(isDisabled(wrapper, 'composer-file-send')).toBe(true);
    expect(sent()).toEqual([]);
  });
});
