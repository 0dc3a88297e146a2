import { describe, expect, it } from 'vitest';
import type { PuertoEvent } from '../../../shared/contract';
import type { GroupRound } from '../../../renderer/src/clientGroups/groupTypes';
import { CELL_BYTES_LIMIT } from '../../../renderer/src/clientGroups/groupTypes';
import { buildRoundTable } from '../../../renderer/src/clientGroups/roundTable';
import type { AnswerCell } from '../../../renderer/src/clientGroups/roundTable';
import { closed, failed, received, refused, sent } from './groupEvents';

const members = ['echo', 'daytime'];
const text = (cell: AnswerCell | undefined) => new TextDecoder().decode(cell?.payload);

function round(number: number, ...deliveries: [string, string, number][]): GroupRound {
  return {
    number,
    deliveries: deliveries.map(([memberKey, connectionId, knownSeq]) => ({
      memberKey,
      connectionId,
      knownSeq,
    })),
  };
}

describe('buildRoundTable', () => {
  it('puts each reply in its round and its member’s column, with the time to the first byte', () => {
    const rounds = [round(1, ['echo', 'c-echo', 10], ['daytime', 'c-day', 10])];
    const events: PuertoEvent[] = [
      sent('c-echo', 'hola\n', { seq: 11, at: 100 }),
      sent('c-day', 'hola\n', { seq: 12, at: 100.2 }),
      received('c-day', 'Mon Jan 1\r\n', { seq: 13, at: 101.7 }),
      received('c-echo', 'hola\n', { seq: 14, at: 112 }),
    ];
    const [row] = buildRoundTable(rounds, members, events);
    expect(row?.number).toBe(1);
    expect(row?.cells.map((cell) => cell.state)).toEqual(['answered', 'answered']);
    expect(text(row?.cells[0])).toBe('hola\n');
    expect(text(row?.cells[1])).toBe('Mon Jan 1\r\n');
    expect(row?.cells[0]?.firstByteMs).toBeCloseTo(12, 3);
    expect(row?.cells[1]?.firstByteMs).toBeCloseTo(1.5, 3);
    expect(row?.cells[1]?.bytes).toBe(11);
  });

  it('keeps a late answer with the message it answers, not with the next round', () => {
    const rounds = [
      round(1, ['echo', 'c-echo', 0]),
      round(2, ['daytime', 'c-day', 1]),
      round(3, ['echo', 'c-echo', 2]),
    ];
    const events: PuertoEvent[] = [
      sent('c-echo', 'one\n', { seq: 1, at: 0 }),
      sent('c-day', 'two\n', { seq: 2, at: 5 }),
      // The echo of round 1 arrives after round 2 went out to the other server.
      received('c-echo', 'one\n', { seq: 3, at: 8 }),
      sent('c-echo', 'three\n', { seq: 4, at: 10 }),
      received('c-echo', 'thr', { seq: 5, at: 11 }),
      received('c-echo', 'ee\n', { seq: 6, at: 12 }),
    ];
    const table = buildRoundTable(rounds, members, events);
    expect(table.map((row) => row.cells.map((cell) => cell.state))).toEqual([
      ['answered', 'not-sent'],
      ['not-sent', 'waiting'],
      ['answered', 'not-sent'],
    ]);
    expect(text(table[0]?.cells[0])).toBe('one\n');
    expect(text(table[2]?.cells[0])).toBe('three\n');
    expect(table[2]?.cells[0]?.messages).toBe(2);
  });

  it('waits while the round’s own data-out has not arrived, and ignores earlier traffic', () => {
    const rounds = [round(1, ['echo', 'c-echo', 20])];
    const before: PuertoEvent[] = [
      sent('c-echo', 'from the composer\n', { seq: 19, at: 0 }),
      received('c-echo', 'from the composer\n', { seq: 20, at: 1 }),
    ];
    expect(buildRoundTable(rounds, members, before)[0]?.cells[0]?.state).toBe('waiting');
    const after = [...before, sent('c-echo', 'x\n', { seq: 21, at: 5 })];
    expect(buildRoundTable(rounds, members, after)[0]?.cells[0]?.state).toBe('waiting');
    const answered = [...after, received('c-echo', 'x\n', { seq: 22, at: 6 })];
    expect(text(buildRoundTable(rounds, members, answered)[0]?.cells[0])).toBe('x\n');
  });

  it('says a server closed without answering, and shows a refused send or a flow error', () => {
    const rounds = [round(1, ['echo', 'c-echo', 0], ['daytime', 'c-day', 0])];
    const events: PuertoEvent[] = [
      sent('c-echo', 'a', { seq: 1, at: 0 }),
      sent('c-day', 'a', { seq: 2, at: 0 }),
      closed('c-echo', { seq: 3, at: 1 }),
      failed('c-day', refused, { seq: 4, at: 2 }),
    ];
    const [row] = buildRoundTable(rounds, members, events);
    expect(row?.cells[0]).toMatchObject({ state: 'closed', closedBy: 'remote' });
    expect(row?.cells[1]).toMatchObject({ state: 'failed', error: refused });

    const refusedSend: GroupRound = {
      number: 2,
      deliveries: [{ memberKey: 'echo', connectionId: 'c-echo', knownSeq: 4, error: refused }],
    };
    expect(buildRoundTable([refusedSend], members, events)[0]?.cells[0]).toMatchObject({
      state: 'failed',
      error: refused,
    });
  });

  it('keeps at most the cell limit of an answer but counts every byte', () => {
    const rounds = [round(1, ['echo', 'c-echo', 0])];
    const big = 'x'.repeat(CELL_BYTES_LIMIT);
    const events: PuertoEvent[] = [
      sent('c-echo', 'chargen\n', { seq: 1, at: 0 }),
      received('c-echo', big, { seq: 2, at: 1 }),
      received('c-echo', big, { seq: 3, at: 2 }),
    ];
    const cell = buildRoundTable(rounds, members, events)[0]?.cells[0];
    expect(cell?.payload.byteLength).toBe(CELL_BYTES_LIMIT);
    expect(cell?.bytes).toBe(2 * CELL_BYTES_LIMIT);
  });

  it('a member reopened on a new connection is read from the new one', () => {
    const rounds = [round(1, ['echo', 'c-old', 0]), round(2, ['echo', 'c-new', 3])];
    const events: PuertoEvent[] = [
      sent('c-old', 'a', { seq: 1, at: 0 }),
      received('c-old', 'a', { seq: 2, at: 1 }),
      closed('c-old', { seq: 3, at: 2 }),
      sent('c-new', 'b', { seq: 4, at: 3 }),
      received('c-new', 'b', { seq: 5, at: 4 }),
    ];
    const table = buildRoundTable(rounds, members, events);
    expect(table.map((row) => text(row.cells[0]))).toEqual(['a', 'b']);
    expect(table[0]?.cells[0]?.closedBy).toBe('remote');
    expect(table[1]?.cells[0]?.closedBy).toBeUndefined();
  });
});
