/**
 * Turns (command, request) pairs from any host into engine calls and `Result` values. It never
 * throws and never lets a raw Node error out: the Electron IPC adapter, the WebSocket server
 * and the CLI all rely on that to forward whatever it returns as plain data.
 */
import type { CommandHandlers, HostCommandHandlers } from '../../shared/contract/api';
import { isHostCommand } from '../../shared/contract/commands';
import type { Result } from '../../shared/contract/errors';
import { EngineError, toPuertoError } from '../engine';
import { invalidInput, validateRequest } from './validateRequest';

export type Dispatcher = (command: unknown, request: unknown) => Promise<Result<unknown>>;

type AnyHandler = (this: object, request: unknown) => Promise<unknown>;

function failure(cause: unknown): Result<never> {
  if (cause instanceof EngineError) return { ok: false, error: cause.error };
  try {
    return { ok: false, error: toPuertoError(cause) };
  } catch {
    return {
      ok: false,
      error: { code: 'INTERNAL', message: 'Unexpected failure', details: {} },
    };
  }
}

/**
 * `host` answers the host's own commands (the workspace, the mailbox); a command the host does
 * not answer (`puerto serve` keeps no workspace to remember) is refused as unknown.
 */
export function createDispatcher(
  handlers: CommandHandlers,
  host?: Partial<HostCommandHandlers>,
): Dispatcher {
  return async (command, request) => {
    const validation = validateRequest(command, request);
    if (!validation.ok) return validation;
    const { command: name, request: valid } = validation.value;
    const target: object | undefined = isHostCommand(name) ? host : handlers;
    if (target === undefined || typeof (target as Record<string, unknown>)[name] !== 'function') {
      return { ok: false, error: invalidInput('command', 'validation.unknownCommand') };
    }
    try {
      // Called as a method so a class instance (the engine) keeps its `this`.
      const handler = (target as Record<string, AnyHandler>)[name] as AnyHandler;
      const value = await handler.call(target, valid);
      return { ok: true, value };
    } catch (cause) {
      return failure(cause);
    }
  };
}
