/**
 * Browser mode's message limit, from the contract: the largest `invoke` frame any valid request
 * can make, so `maxPayload` never refuses what the schema accepts (a 2 MiB guess refused a
 * valid 3 MiB workspace with 1009 and failed every pending request), while a frame larger
 * than any valid request is still refused before it is decoded.
 */
import type { z } from 'zod';
import { COMMAND_NAMES, MAX_SEND_BYTES, requestSchemas } from '../../shared/contract/commands';
import type { CommandName } from '../../shared/contract/commands';
import { maxEncodedBytes } from './messageBound';

/** `{ type: 'invoke', id, command, request }` around the request: keys, the type, an id. */
const ENVELOPE_BYTES = 64;

/** `send` checks its bytes with a refinement, which no schema walk can read. */
const SEND_BOUND = MAX_SEND_BYTES + 5 + maxEncodedBytes(requestSchemas.send.shape.connectionId);

/** Commands whose bound is known by hand, not from the schema. */
const KNOWN_BOUNDS: Partial<Record<CommandName, number>> = { send: SEND_BOUND + 64 };

export function requestBound(command: CommandName): number {
  const bound = KNOWN_BOUNDS[command] ?? maxEncodedBytes(requestSchemas[command] as z.ZodType);
  return bound + ENVELOPE_BYTES + 5 + 3 * command.length;
}

/** The largest frame a valid request can take; a command with no bound would make it Infinity. */
export function largestRequestBytes(): number {
  return Math.max(...COMMAND_NAMES.map(requestBound));
}
