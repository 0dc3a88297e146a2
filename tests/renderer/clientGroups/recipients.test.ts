import { describe, expect, it } from 'vitest';
import { chooseRecipients } from '../../../renderer/src/clientGroups/recipients';

/** Runs `rounds` sends and lists who received each, as round-robin moves its cursor. */
function rotate(sendable: readonly boolean[], rounds: number, start = 0): number[][] {
  const received: number[][] = [];
  let cursor = start;
  for (let round = 0; round < rounds; round++) {
    const choice = chooseRecipients('round-robin', sendable, cursor);
    received.push(choice.recipients);
    cursor = choice.nextCursor;
  }
  return received;
}

describe('chooseRecipients', () => {
  it('round-robin gives each member one turn in order and wraps to the first', () => {
    expect(rotate([true, true, true], 7)).toEqual([[0], [1], [2], [0], [1], [2], [0]]);
  });

  it('round-robin skips closed or failed members instead of stopping the rotation', () => {
    expect(rotate([true, false, true, false], 5)).toEqual([[0], [2], [0], [2], [0]]);
  });

  it('round-robin starting on a closed member gives the turn to the next open one', () => {
    expect(chooseRecipients('round-robin', [true, false, true], 1)).toEqual({
      recipients: [2],
      nextCursor: 0,
    });
  });

  it('round-robin keeps a cursor left beyond the end (a member was removed) in range', () => {
    expect(chooseRecipients('round-robin', [true, true], 5).recipients).toEqual([1]);
  });

  it('simultaneous sends to every open member, every round', () => {
    const choice = chooseRecipients('simultaneous', [true, false, true, true], 2);
    expect(choice.recipients).toEqual([0, 2, 3]);
    expect(chooseRecipients('simultaneous', [true, false, true, true], choice.nextCursor)).toEqual(
      choice,
    );
  });

  it('chooses nobody when no member can receive, in either mode', () => {
    expect(chooseRecipients('round-robin', [false, false], 1)).toEqual({
      recipients: [],
      nextCursor: 1,
    });
    expect(chooseRecipients('simultaneous', [false, false], 0).recipients).toEqual([]);
    expect(chooseRecipients('round-robin', [], 0).recipients).toEqual([]);
  });
});
