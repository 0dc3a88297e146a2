/** Who receives the next round: the member whose turn it is, or every member that can. */
import type { GroupMode } from './groupTypes';

export interface RecipientChoice {
  /** Indexes into the members, in member order. Empty when no member can receive. */
  recipients: number[];
  /** Where round-robin starts looking next time. */
  nextCursor: number;
}

/**
 * `sendable[i]` says whether member i has an open conversation. Round-robin takes the first
 * sendable member from `cursor` on, wrapping around, and moves the cursor past it: a closed or
 * failed member loses its turn instead of stopping the rotation.
 */
export function chooseRecipients(
  mode: GroupMode,
  sendable: readonly boolean[],
  cursor: number,
): RecipientChoice {
  const count = sendable.length;
  const start = count === 0 ? 0 : ((cursor % count) + count) % count;
  if (mode === 'simultaneous') {
    const recipients = sendable.flatMap((canSend, index) => (canSend ? [index] : []));
    return { recipients, nextCursor: start };
  }
  for (let offset = 0; offset < count; offset++) {
    const index = (start + offset) % count;
    if (sendable[index] === true) return { recipients: [index], nextCursor: (index + 1) % count };
  }
  return { recipients: [], nextCursor: start };
}
