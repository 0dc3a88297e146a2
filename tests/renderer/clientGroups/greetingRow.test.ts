import { describe, expect, it } from 'vitest';
import type { PuertoEvent } from '../../../shared/contract';
import { buildGreetingRow } from '../../../renderer/src/clientGroups/greetingRow';
import { buildRoundTable } from '../../../renderer/src/clientGroups/roundTable';
import { connected, finFromServer, received, sent } from './groupEvents';

const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

describe('buildGreetingRow', () => {
  // As the engine records a TCP daytime server: the date on connecting, then its FIN.
  const daytime: PuertoEvent[] = [
    connected('c-day', { seq: 4, at: 10 }),
    received('c-day', 'Wed, 25 Nov 2026 23:12:25 GMT\r\n', { seq: 6, at: 10.8 }),
    finFromServer('c-day', { seq: 7, at: 11 }),
    connected('c-echo', { seq: 8, at: 12 }),
  ];

  it('shows what a server said before the client sent anything, timed from connecting', () => {
    const row = buildGreetingRow(
      [
        { connectionId: 'c-day', sinceSeq: 3 },
        { connectionId: 'c-echo', sinceSeq: 3 },
      ],
      daytime,
    );
    expect(row?.map((cell) => cell.state)).toEqual(['answered', 'not-sent']);
    expect(decode(row?.[0]?.payload)).toBe('Wed, 25 Nov 2026 23:12:25 GMT\r\n');
    expect(row?.[0]?.firstByteMs).toBeCloseTo(0.8, 3);
    expect(row?.[0]?.halfClosedBy).toBe('remote');
  });

  it('stops at the client’s first message: what follows is an answer, not a greeting', () => {
    const events = [
      connected('c-echo', { seq: 1, at: 0 }),
      sent('c-echo', 'hola\n', { seq: 2, at: 1 }),
      received('c-echo', 'hola\n', { seq: 3, at: 2 }),
    ];
    expect(buildGreetingRow([{ connectionId: 'c-echo', sinceSeq: 0 }], events)).toBeUndefined();
  });

  it('is absent when no member has an open conversation or none spoke first', () => {
    expect(buildGreetingRow([{ sinceSeq: Infinity }], daytime)).toBeUndefined();
    expect(buildGreetingRow([{ connectionId: 'c-echo', sinceSeq: 0 }], daytime)).toBeUndefined();
  });
});

describe('a server that already sent its FIN', () => {
  it('marks the round closed instead of leaving it waiting', () => {
    const rounds = [
      { number: 1, deliveries: [{ memberKey: 'day', connectionId: 'c-day', knownSeq: 10 }] },
    ];
    const events = [
      sent('c-day', 'x\n', { seq: 11, at: 0 }),
      finFromServer('c-day', { seq: 12, at: 1 }),
    ];
    expect(buildRoundTable(rounds, ['day'], events)[0]?.cells[0]).toMatchObject({
      state: 'closed',
      halfClosedBy: 'remote',
    });
  });
});
