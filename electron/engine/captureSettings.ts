/**
 * The capture's two limits as the desktop app receives them: `puerto start --capture-mb N
 * --snaplen BYTES` passes them to Electron's main process in its environment, where a lab
 * administrator may also set them. A value out of range is ignored (the default applies).
 */
import type { EngineOptions } from './options';

export const CAPTURE_MB_VARIABLE = 'PUERTO_CAPTURE_MB';
export const SNAPLEN_VARIABLE = 'PUERTO_SNAPLEN';
export const CAPTURE_MB_LIMITS = { min: 1, max: 4096 } as const;
export const SNAPLEN_LIMITS = { min: 0, max: 1024 * 1024 } as const;

export type CaptureSettings = Partial<
  Pick<EngineOptions, 'captureBudgetBytes' | 'payloadCapPerEvent'>
>;

function wholeNumberIn(text: string | undefined, limits: { min: number; max: number }) {
  if (text === undefined || !/^\s*\d+\s*$/.test(text)) return undefined;
  const value = Number(text);
  return value >= limits.min && value <= limits.max ? value : undefined;
}

export function captureSettingsFromEnv(env: Record<string, string | undefined>): CaptureSettings {
  const settings: CaptureSettings = {};
  const megabytes = wholeNumberIn(env[CAPTURE_MB_VARIABLE], CAPTURE_MB_LIMITS);
  if (megabytes !== undefined) settings.captureBudgetBytes = megabytes * 1024 * 1024;
  const snaplen = wholeNumberIn(env[SNAPLEN_VARIABLE], SNAPLEN_LIMITS);
  if (snaplen !== undefined) settings.payloadCapPerEvent = snaplen;
  return settings;
}

/** The same settings as environment variables, for the process that will read them. */
export function captureSettingsToEnv(settings: CaptureSettings): Record<string, string> {
  const env: Record<string, string> = {};
  if (settings.captureBudgetBytes !== undefined) {
    env[CAPTURE_MB_VARIABLE] = String(Math.round(settings.captureBudgetBytes / (1024 * 1024)));
  }
  if (settings.payloadCapPerEvent !== undefined) {
    env[SNAPLEN_VARIABLE] = String(settings.payloadCapPerEvent);
  }
  return env;
}
