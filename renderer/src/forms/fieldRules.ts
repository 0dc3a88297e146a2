/**
 * Form checks as the student types. They return a `validation.*` message key (the same ones
 * the boundary's schemas use) or `undefined` when the value is fine.
 */
import { isHost, isPort } from '../../../shared/contract';

export type ValidationKey = `validation.${string}`;

/** Whole decimal numbers only: `Number('0x50')` or `Number('1e3')` would surprise a student. */
export function parsePort(text: string): number | undefined {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : undefined;
}

export function portProblem(text: string): ValidationKey | undefined {
  if (text.trim() === '') return 'validation.portEmpty';
  const port = parsePort(text);
  if (port === undefined) return 'validation.notNumber';
  return isPort(port) ? undefined : 'validation.portRange';
}

export function remotePortProblem(text: string): ValidationKey | undefined {
  if (text.trim() === '') return 'validation.portEmpty';
  const port = parsePort(text);
  if (port === undefined) return 'validation.notNumber';
  return isPort(port) && port > 0 ? undefined : 'validation.remotePortRange';
}

export function hostProblem(text: string): ValidationKey | undefined {
  const host = text.trim();
  if (host === '') return 'validation.hostEmpty';
  return isHost(host) ? undefined : 'validation.hostInvalid';
}
