import { describe, expect, it } from 'vitest';
import { captureSettingsFromEnv, captureSettingsToEnv } from '../../electron/engine';

describe('capture settings in the environment', () => {
  it('carries the budget and the snaplen from `puerto start` to the desktop app', () => {
    const settings = { captureBudgetBytes: 8 * 1024 * 1024, payloadCapPerEvent: 512 };
    const env = captureSettingsToEnv(settings);
    expect(env).toEqual({ PUERTO_CAPTURE_MB: '8', PUERTO_SNAPLEN: '512' });
    expect(captureSettingsFromEnv(env)).toEqual(settings);
    expect(captureSettingsToEnv({})).toEqual({});
  });

  it('ignores values out of range or not whole numbers, so the defaults apply', () => {
    expect(captureSettingsFromEnv({ PUERTO_CAPTURE_MB: '0', PUERTO_SNAPLEN: '-5' })).toEqual({});
    expect(captureSettingsFromEnv({ PUERTO_CAPTURE_MB: '9999', PUERTO_SNAPLEN: '1e3' })).toEqual(
      {},
    );
    expect(captureSettingsFromEnv({ PUERTO_SNAPLEN: '0' })).toEqual({ payloadCapPerEvent: 0 });
  });
});
