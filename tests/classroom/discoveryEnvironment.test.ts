import { describe, expect, it } from 'vitest';
import { discoverySettingsFrom } from '../../electron/classroom';
import { explainError } from '../../shared/i18n';

describe('discovery settings from the environment', () => {
  it('is empty when nothing is set', () => {
    expect(discoverySettingsFrom({})).toEqual({ ok: true, settings: {} });
    expect(discoverySettingsFrom({ PUERTO_DISCOVERY_TARGETS: ' ' })).toEqual({
      ok: true,
      settings: {},
    });
  });

  it('reads a comma list of IPv4 targets and a port', () => {
    expect(
      discoverySettingsFrom({
        PUERTO_DISCOVERY_TARGETS: '10.0.1.255, 10.0.2.255,10.0.1.255',
        PUERTO_DISCOVERY_PORT: '45460',
      }),
    ).toEqual({ ok: true, settings: { targets: ['10.0.1.255', '10.0.2.255'], port: 45_460 } });
  });

  it.each([
    ['PUERTO_DISCOVERY_TARGETS', 'lab.example'],
    ['PUERTO_DISCOVERY_TARGETS', '10.0.0.255,ff02::1'],
    ['PUERTO_DISCOVERY_TARGETS', ','],
    ['PUERTO_DISCOVERY_PORT', '0'],
    ['PUERTO_DISCOVERY_PORT', '70000'],
    ['PUERTO_DISCOVERY_PORT', '45454x'],
  ])('refuses %s=%s with an explanation in both languages', (variable, value) => {
    const result = discoverySettingsFrom({ [variable]: value });
    if (result.ok) throw new Error('a bad value must be refused');
    expect(result.error).toMatchObject({ code: 'INVALID_INPUT', details: { field: variable } });
    for (const locale of ['en', 'es'] as const) {
      const { title, explain } = explainError(locale, result.error);
      expect(title).toContain(variable);
      expect(explain).not.toContain('cli.environment');
    }
  });
});
