import { describe, expect, it } from 'vitest';
import type { PuertoEvent } from '../../../shared/contract';
import {
  buildConversation,
  roleFromEvents,
  sidesFromEvents,
} from '../../../renderer/src/inspector/conversation';
import {
  SEQUENCE_GEOMETRY,
  layoutSequence,
  recentEntries,
} from '../../../renderer/src/inspector/sequenceLayout';
import {
  CLIENT_SIDE,
  SERVER_SIDE,
  clientConversation,
  closed,
  data,
  halfClosed,
  lifecycle,
  serverConversation,
  udpFlow,
} from '../inspector/eventFactory';

const echoSession = [
  lifecycle(1, serverConversation, 'accepted'),
  data(2, serverConversation, 'data-in', 'hola\n'),
  data(3, serverConversation, 'data-out', 'hola\n'),
  {
    ...lifecycle(4, serverConversation, 'accepted'),
    kind: 'flow' as const,
    state: 'paused' as const,
    buffered: 10,
  },
  halfClosed(5, serverConversation, 'remote'),
  closed(6, serverConversation, 'local'),
];

describe('conversation model', () => {
  it('tells the story in order: markers and messages, each message with its sender', () => {
    const entries = buildConversation(echoSession, { role: 'server', behaviour: 'echo' });
    expect(
      entries.map((entry) =>
        entry.type === 'marker'
          ? `${entry.marker}`
          : `${entry.sender}:${entry.label ?? '-'}:${entry.event.seq}`,
      ),
    ).toEqual(['opened', 'remote:request:2', 'local:response:3', 'half-closed', 'closed']);
  });

  it('takes the role a classic service annotated over the rule', () => {
    const greeting = {
      ...data(2, clientConversation, 'data-in', '220 lab.example ESMTP\r\n'),
      annotation: { protocol: 'SMTP', role: 'response' as const },
    };
    const entries = buildConversation([greeting], { role: 'client', behaviour: undefined });
    // By the rule alone a greeting nobody asked for stays unlabelled.
    expect(entries[0]).toMatchObject({ type: 'message', label: 'response' });
  });

  it('labels nothing for a manual server', () => {
    const entries = buildConversation(echoSession, { role: 'server', behaviour: 'manual' });
    expect(entries.some((entry) => entry.type === 'message' && entry.label !== undefined)).toBe(
      false,
    );
  });

  it('learns the role and both endpoints from the events when the engine forgot them', () => {
    expect(roleFromEvents(echoSession)).toBe('server');
    expect(roleFromEvents([data(1, clientConversation, 'data-out', 'x')])).toBe('client');
    expect(roleFromEvents([])).toBeUndefined();
    const connecting = { ...lifecycle(1, clientConversation, 'connecting'), local: undefined };
    expect(sidesFromEvents([connecting, data(2, clientConversation, 'data-out', 'x')])).toEqual({
      local: CLIENT_SIDE,
      remote: SERVER_SIDE,
    });
  });

  it('draws this side on the left: sent arrows point right, received arrows left', () => {
    const entries = buildConversation(echoSession, { role: 'server', behaviour: 'echo' });
    const layout = layoutSequence(entries);
    const arrows = layout.rows.filter((row) => row.type === 'arrow');
    expect(arrows.map((row) => [row.fromX, row.toX])).toEqual([
      [SEQUENCE_GEOMETRY.remoteX, SEQUENCE_GEOMETRY.localX],
      [SEQUENCE_GEOMETRY.localX, SEQUENCE_GEOMETRY.remoteX],
    ]);
    const ys = layout.rows.map((row) => row.y);
    expect(ys).toEqual([...ys].sort((left, right) => left - right));
    expect(new Set(ys).size).toBe(ys.length);
    expect(layout.height).toBeGreaterThan(ys.at(-1) ?? 0);
  });

  it('draws the handshake, FINs and a reset as arrows from the side that sent them', () => {
    const opened = buildConversation(
      [
        lifecycle(1, clientConversation, 'connected'),
        halfClosed(2, clientConversation, 'local'),
        closed(3, clientConversation, 'remote'),
      ],
      { role: 'client', behaviour: undefined },
    );
    const signals = (entries: ReturnType<typeof buildConversation>) =>
      layoutSequence(entries)
        .rows.filter((row) => row.type === 'signal')
        .map((row) => [row.signal, row.sender]);
    expect(signals(opened)).toEqual([
      ['syn', 'local'],
      ['fin', 'local'],
      ['fin', 'remote'],
    ]);
    const reset = (before: PuertoEvent[]) =>
      signals(
        buildConversation([...before, closed(9, serverConversation, 'reset')], {
          role: 'server',
          behaviour: undefined,
        }),
      ).at(-1);
    expect(reset([])).toEqual(['rst', 'local']);
    const resetError: PuertoEvent = {
      ...serverConversation,
      seq: 8,
      time: 8,
      kind: 'error',
      error: { code: 'CONNECTION_RESET', message: 'read ECONNRESET', details: {} },
    };
    expect(reset([resetError])).toEqual(['rst', 'remote']);
  });

  it('sends nothing over UDP to open or close: those stay bands', () => {
    const entries = buildConversation(
      [{ ...udpFlow, seq: 1, time: 1, kind: 'ready' }, closed(2, udpFlow, 'local')],
      { role: 'client', behaviour: undefined },
    );
    expect(layoutSequence(entries).rows.map((row) => row.type)).toEqual(['marker', 'marker']);
  });

  it('spreads the lifelines over a wide pane, never narrower than its minimum', () => {
    const entries = buildConversation(echoSession, { role: 'server', behaviour: 'echo' });
    const wide = layoutSequence(entries, 1500);
    expect(wide.width).toBe(1500);
    expect(wide.remoteX - wide.localX).toBeGreaterThan(
      SEQUENCE_GEOMETRY.remoteX - SEQUENCE_GEOMETRY.localX + 700,
    );
    expect(layoutSequence(entries, 300).width).toBe(SEQUENCE_GEOMETRY.width);
    const arrow = wide.rows.find((row) => row.type === 'arrow');
    expect([arrow?.fromX, arrow?.toX].sort()).toEqual([wide.localX, wide.remoteX].sort());
  });

  it('keeps the most recent entries and says how many it left out', () => {
    expect(recentEntries([1, 2, 3, 4, 5], 3)).toEqual({ shown: [3, 4, 5], hidden: 2 });
    expect(recentEntries([1, 2], 3)).toEqual({ shown: [1, 2], hidden: 0 });
  });
});
