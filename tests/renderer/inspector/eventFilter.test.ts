import { describe, expect, it } from 'vitest';
import type { PuertoEvent } from '../../../shared/contract';
import {
  NO_FILTER,
  appendedFrom,
  compileFilter,
  createFilterCache,
} from '../../../renderer/src/inspector/eventFilter';
import type { EventFilter } from '../../../renderer/src/inspector/eventFilter';
import {
  clientConversation,
  closed,
  data,
  lifecycle,
  mixedEvents,
  serverConversation,
  udpFlow,
} from './eventFactory';

const lab: PuertoEvent[] = [
  lifecycle(
    1,
    { proto: 'tcp', serverId: 'server-1', local: serverConversation.local },
    'listening',
  ),
  lifecycle(2, serverConversation, 'accepted'),
  data(3, serverConversation, 'data-in', 'hola\r\n'),
  data(4, serverConversation, 'data-out', 'hola\r\n'),
  lifecycle(5, clientConversation, 'connected'),
  data(6, clientConversation, 'data-out', 'GET / HTTP/1.0\r\n\r\n'),
  data(7, udpFlow, 'data-in', new Uint8Array([0xca, 0xfe])),
  data(8, udpFlow, 'data-out', new Uint8Array([0xca, 0xfe])),
  closed(9, serverConversation, 'remote'),
];

const seqs = (events: readonly PuertoEvent[]) => events.map((event) => event.seq);
const keep = (filter: Partial<EventFilter>) =>
  seqs(lab.filter(compileFilter({ ...NO_FILTER, ...filter })));

describe('inspector filter', () => {
  it('keeps everything without filters', () => {
    expect(keep({})).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('filters by the focused server, client or conversation', () => {
    expect(keep({ focus: { kind: 'server', id: 'server-1' } })).toEqual([1, 2, 3, 4, 9]);
    expect(keep({ focus: { kind: 'client', id: 'client-1' } })).toEqual([5, 6]);
    expect(keep({ focus: { kind: 'connection', id: 'flow-1' } })).toEqual([7, 8]);
    expect(keep({ focus: { kind: 'connection', id: 'nothing' } })).toEqual([]);
  });

  it('filters by protocol, direction and kind', () => {
    expect(keep({ protocol: 'udp' })).toEqual([7, 8]);
    expect(keep({ protocol: 'tcp' })).toEqual([1, 2, 3, 4, 5, 6, 9]);
    expect(keep({ direction: 'in' })).toEqual([3, 7]);
    expect(keep({ direction: 'out' })).toEqual([4, 6, 8]);
    expect(keep({ kinds: ['accepted', 'connected', 'closed'] })).toEqual([2, 5, 9]);
  });

  it('combines every condition', () => {
    expect(keep({ protocol: 'tcp', direction: 'out', search: 'hola' })).toEqual([4]);
    expect(
      keep({ focus: { kind: 'server', id: 'server-1' }, kinds: ['data-in', 'closed'] }),
    ).toEqual([3, 9]);
    expect(keep({ protocol: 'udp', search: 'ca fe', direction: 'in' })).toEqual([7]);
    expect(keep({ protocol: 'udp', search: 'hola' })).toEqual([]);
  });
});

describe('memoized filtering', () => {
  const udpOnly: EventFilter = { ...NO_FILTER, protocol: 'udp' };

  it('answers the same array again without filtering', () => {
    const filterEvents = createFilterCache();
    const events = mixedEvents(1, 300);
    const first = filterEvents(events, udpOnly);
    expect(filterEvents(events, { ...udpOnly })).toBe(first);
    expect(filterEvents.lastPass).toBe('cached');
  });

  it('filters only the appended events, dropping what the capture dropped', () => {
    const filterEvents = createFilterCache();
    let held = mixedEvents(1, 300);
    filterEvents(held, udpOnly);
    for (let batch = 0; batch < 20; batch++) {
      const incoming = mixedEvents(301 + batch * 50, 50);
      // Like the capture store at its limit: append the batch, drop as many of the oldest.
      held = held.concat(incoming).slice(incoming.length);
      const result = filterEvents(held, udpOnly);
      expect(filterEvents.lastPass).toBe('incremental');
      expect(seqs(result)).toEqual(seqs(held.filter(compileFilter(udpOnly))));
    }
  });

  it('filters everything again when the filter changes or the events were not only appended', () => {
    const filterEvents = createFilterCache();
    const held = mixedEvents(1, 100);
    filterEvents(held, udpOnly);
    filterEvents(held, { ...udpOnly, direction: 'in' });
    expect(filterEvents.lastPass).toBe('full');

    const reloaded = held.map((event) => ({ ...event }));
    const result = filterEvents(reloaded, { ...udpOnly, direction: 'in' });
    expect(filterEvents.lastPass).toBe('full');
    expect(seqs(result)).toEqual(seqs(held.filter(compileFilter({ ...udpOnly, direction: 'in' }))));
  });

  it('sees a gap filled in the middle as a change, not an append', () => {
    const all = mixedEvents(1, 20);
    const withGap = all.filter((event) => event.seq < 8 || event.seq > 12);
    expect(appendedFrom(withGap, all)).toBeUndefined();
    expect(appendedFrom(all.slice(0, 10), all)).toBe(10);
    expect(appendedFrom(all.slice(0, 10), all.slice(4))).toBe(6);
    expect(appendedFrom(all.slice(0, 10), all.slice(15))).toBe(0);
    expect(appendedFrom([], all)).toBeUndefined();
  });

  it('hands back the capture array itself when nothing is filtered', () => {
    const filterEvents = createFilterCache();
    const events = mixedEvents(1, 50);
    expect(filterEvents(events, NO_FILTER)).toBe(events);
  });
});
