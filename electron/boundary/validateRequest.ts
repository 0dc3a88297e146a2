/**
 * The one place a request from outside (IPC, WebSocket, command line) is checked against the
 * contract's schemas. Refusals name the field and carry an i18n key as the reason, so every
 * host explains them the same way in Spanish and English.
 */
import type { z } from 'zod';
import { isCommandName, requestSchemas } from '../../shared/contract/commands';
import type { CommandName, Request } from '../../shared/contract/commands';
import type { PuertoError, Result } from '../../shared/contract/errors';
import { messages, translate } from '../../shared/i18n';

/** A command name and its request after validation, with the schema's defaults filled in. */
export type ValidRequest = { [C in CommandName]: { command: C; request: Request<C> } }[CommandName];

const VALIDATION_PREFIX = 'validation.';

function isValidationKey(message: string): boolean {
  if (!message.startsWith(VALIDATION_PREFIX)) return false;
  return Object.hasOwn(messages.en.validation, message.slice(VALIDATION_PREFIX.length));
}

export function invalidInput(field: string, reason: string): PuertoError {
  return {
    code: 'INVALID_INPUT',
    message: `Invalid value for "${field}": ${translate('en', reason)}`,
    details: { field, reason },
  };
}

/**
 * Only the first issue is reported: a student fixes one field at a time, and the forms show
 * every field's own message anyway. An empty path means the request itself was not an object.
 */
export function issueToError(issue: z.core.$ZodIssue): PuertoError {
  const field = issue.path.length === 0 ? 'request' : issue.path.map(String).join('.');
  const reason = isValidationKey(issue.message) ? issue.message : 'validation.wrongValue';
  return invalidInput(field, reason);
}

export function validateRequest(command: unknown, request: unknown): Result<ValidRequest> {
  if (!isCommandName(command)) {
    return { ok: false, error: invalidInput('command', 'validation.unknownCommand') };
  }
  let parsed;
  try {
    parsed = requestSchemas[command].safeParse(request);
  } catch {
    // A hostile value (a throwing getter, a revoked Proxy) must not escape as a raw error.
    return { ok: false, error: invalidInput('request', 'validation.wrongValue') };
  }
  if (!parsed.success) {
    const [first] = parsed.error.issues;
    const error = first ? issueToError(first) : invalidInput('request', 'validation.wrongValue');
    return { ok: false, error };
  }
  return { ok: true, value: { command, request: parsed.data } as ValidRequest };
}
