import { describe, expect, it } from 'vitest';
import {
  countTraffic,
  createTrafficCounter,
} from '../../../renderer/src/inspector/trafficCounters';
import { HeldEvents } from '../../../renderer/src/capture/heldEvents';
import {
  clientConversation,
  data,
  lifecycle,
  mixedEvents,
  serverConversation,
  udpFlow,
} from './eventFactory';

describe('traffic counters', () => {
  it('count wire bytes, messages each way and distinct conversations', () => {
    const events = [
      data(1, udpFlow, 'data-in', 'hello', 70_000),
      data(2, udpFlow, 'data-out', 'hi'),
      data(3, serverConversation, 'data-in', 'abc'),
      lifecycle(4, clientConversation, 'connected'),
    ];
    expect(countTraffic(events)).toEqual({
      bytesIn: 70_003,
      bytesOut: 2,
      messagesIn: 2,
      messagesOut: 1,
      conversations: 3,
    });
  });

  it('follow a sliding capture batch by batch and agree with a full count', () => {
    const held = new HeldEvents({ budgetBytes: Number.MAX_SAFE_INTEGER, maxEvents: 2_000 });
    const count = createTrafficCounter();
    for (let batch = 0; batch < 30; batch++) {
      held.append(mixedEvents(1 + batch * 300, 300));
      const result = count(held.view());
      expect(count.lastPass).toBe(batch === 0 ? 'full' : 'incremental');
      expect(result).toEqual(countTraffic([...held.view()]));
    }
    expect(count(held.view())).toBe(count(held.view()));
    expect(count.lastPass).toBe('cached');
  });

  it('forget a conversation with its last event', () => {
    const count = createTrafficCounter();
    const events = [
      data(1, udpFlow, 'data-in', 'a'),
      data(2, serverConversation, 'data-in', 'b'),
      data(3, clientConversation, 'data-out', 'c'),
    ];
    expect(count(events).conversations).toBe(3);
    const later = [...events.slice(1), data(4, serverConversation, 'data-out', 'd')];
    expect(count(later)).toEqual({
      bytesIn: 1,
      bytesOut: 2,
      messagesIn: 1,
      messagesOut: 2,
      conversations: 2,
    });
    expect(count.lastPass).toBe('incremental');
  });
});
