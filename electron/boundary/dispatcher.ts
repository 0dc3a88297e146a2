/**
 * Turns (command, request) pairs from any host into engine calls and `Result` values. It never
 * throws and never lets a raw Node error out: the Electron IPC adapter, the WebSocket server
 * and the CLI all rely on that to forward whatever it returns as plain data.
 */
import type { CommandHandlers } from '../../shared/contract/api';
import type { Result } from '../../shared/contract/errors';
import { EngineError, toPuertoError } from '../engine';
import { validateRequest } from './validateRequest';

export type Dispatcher = (command: unknown, request: unknown) => Promise<Result<unknown>>;

type AnyHandler = (this: CommandHandlers, request: unknown) => Promise<unknown>;

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

export function createDispatcher(handlers: CommandHandlers): Dispatcher {
  return async (command, request) => {
    const validation = validateRequest(command, request);
    if (!validation.ok) return validation;
    const { command: name, request: valid } = validation.value;
    try {
      // Called as a method so a class instance (the engine) keeps its `this`.
      const handler = handlers[name] as AnyHandler;
      const value = await handler.call(handlers, valid);
      return { ok: true, value };
    } catch (cause) {
      return failure(cause);
    }
  };
}
