import '../support/fakeResizeObserver';
import { afterEach, describe, expect, it } from 'vitest';
import type { VueWrapper } from '@vue/test-utils';
import { NSelect } from 'naive-ui';
import type { PuertoEvent } from '../../../shared/contract';
import { translate } from '../../../shared/i18n';
import { eventToLine, lineToEvent } from '../../../shared/capture/captureLine';
import MessageInspector from '../../../renderer/src/components/inspector/MessageInspector.vue';
import { markerText } from '../../../renderer/src/components/conversation/entryText';
import { buildConversation } from '../../../renderer/src/inspector/conversation';
import { useCaptureStore } from '../../../renderer/src/stores/capture';
import { createPuertoTestApp, settle } from '../support/puertoTestApp';
import { data, lifecycle, serverConversation } from '../inspector/eventFactory';
import type { Owner } from '../inspector/eventFactory';

/** A second client of the same iterative server, queued while the first one is served. */
const queuedClient: Owner = {
  ...serverConversation,
  connectionId: 'conn-queued',
  remote: { address: '127.0.0.1', port: 51001 },
};

function waiting(seq: number, owner: Owner = queuedClient): PuertoEvent {
  return { ...owner, seq, time: 1_700_000_000_000 + seq, kind: 'waiting' };
}

const mounted: VueWrapper[] = [];
afterEach(() => {
  for (const wrapper of mounted.splice(0)) wrapper.unmount();
  document.body.innerHTML = '';
});

async function mountInspector(events: PuertoEvent[], locale: 'en' | 'es') {
  const app = createPuertoTestApp(locale);
  const wrapper = app.mountComponent(MessageInspector);
  mounted.push(wrapper);
  useCaptureStore(app.pinia).applyBatch({ events, evicted: 0 });
  await settle();
  return wrapper;
}

describe('the waiting event', () => {
  it('shows in the inspector with its own tag, a short explanation and a tooltip', async () => {
    const wrapper = await mountInspector(
      [
        lifecycle(1, serverConversation, 'accepted'),
        waiting(2),
        lifecycle(3, queuedClient, 'accepted'),
      ],
      'es',
    );
    const rows = wrapper.findAll('[data-testid="event-row"]');
    expect(rows.map((row) => row.attributes('data-kind'))).toEqual([
      'accepted',
      'waiting',
      'accepted',
    ]);
    const cells = rows[1]?.findAll('td').map((cell) => cell.text()) ?? [];
    expect(cells[2]).toBe(translate('es', 'events.waiting.label'));
    expect(cells[4]).toBe('127.0.0.1:7007 ↔ 127.0.0.1:51001');
    expect(cells[6]).toBe(translate('es', 'events.waiting.detail'));

    const tooltip = translate('es', 'events.waiting.tooltip');
    expect(document.body.textContent).not.toContain(tooltip);
    await rows[1]?.get('[data-testid="event-kind"]').trigger('mouseover');
    await settle();
    expect(document.body.textContent).toContain(tooltip);
  });

  it('can be chosen in the kind filter', async () => {
    const wrapper = await mountInspector([waiting(1)], 'en');
    const kinds = wrapper
      .findAllComponents(NSelect)
      .find((select) => select.attributes('data-testid') === 'inspector-kinds');
    const options = kinds?.props('options') as { value: string; label: string }[];
    expect(options).toContainEqual({
      value: 'waiting',
      label: translate('en', 'events.waiting.label'),
    });
  });

  it('opens the conversation of a queued client: it waited, then was served', () => {
    const events = [
      waiting(1),
      lifecycle(2, queuedClient, 'accepted'),
      data(3, queuedClient, 'data-in', 'hola\n'),
    ];
    const entries = buildConversation(events, { role: 'server', behaviour: 'echo' });
    expect(entries.map((entry) => (entry.type === 'marker' ? entry.marker : entry.sender))).toEqual(
      ['waiting', 'opened', 'remote'],
    );
    const first = entries[0];
    if (first?.type !== 'marker') throw new Error('a marker comes first');
    const t = (key: string) => translate('en', key);
    expect(markerText(first, 'tcp', t, 'en')).toBe(translate('en', 'conversation.markers.waiting'));
  });

  it('survives a capture file: exported and imported again', () => {
    const line = JSON.parse(JSON.stringify(eventToLine(waiting(7))));
    const read = lineToEvent(line);
    expect(read.ok && read.event).toMatchObject({
      kind: 'waiting',
      seq: 7,
      connectionId: 'conn-queued',
      remote: { address: '127.0.0.1', port: 51001 },
    });
  });
});
