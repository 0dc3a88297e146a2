import { describe, expect, it } from 'vitest';
import { messages } from '../../../shared/i18n';
import {
  FIREWALL_PLATFORMS,
  firewallCommands,
  firewallPlatform,
  firewallSteps,
} from '../../../shared/network/firewallAdvice';

/** Reads `reach.firewall.steps.windows.prompt` from the English catalogue. */
function lookUp(key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], messages.en);
}

describe('firewall advice', () => {
  it('maps Node platform names to the firewall the system ships with', () => {
    expect(['win32', 'darwin', 'linux', 'freebsd'].map(firewallPlatform)).toEqual([
      'windows',
      'macos',
      'linux',
      'linux',
    ]);
    expect(firewallPlatform(undefined)).toBeUndefined();
    expect(firewallPlatform('')).toBeUndefined();
  });

  it('writes the Windows rule for the port and protocol, on private networks only', () => {
    const [allow, undo] = firewallCommands('windows', { protocol: 'tcp', port: 7007 });
    expect(allow?.command).toBe(
      'New-NetFirewallRule -DisplayName "Puerto TCP 7007" -Direction Inbound -Protocol TCP -LocalPort 7007 -Action Allow -Profile Private',
    );
    expect(undo?.command).toBe('Remove-NetFirewallRule -DisplayName "Puerto TCP 7007"');
  });

  it('writes ufw and firewalld lines with the protocol after the port', () => {
    const commands = firewallCommands('linux', { protocol: 'udp', port: 5353 }).map(
      (command) => command.command,
    );
    expect(commands).toEqual([
      'sudo ufw allow 5353/udp',
      'sudo ufw delete allow 5353/udp',
      'sudo firewall-cmd --add-port=5353/udp',
      'sudo firewall-cmd --remove-port=5353/udp',
    ]);
  });

  it('gives macOS steps only: its firewall allows programs, not ports', () => {
    expect(firewallCommands('macos', { protocol: 'tcp', port: 7007 })).toEqual([]);
    expect(firewallSteps('macos').length).toBeGreaterThan(0);
  });

  it('names only steps and command labels that exist in the catalogue', () => {
    for (const platform of FIREWALL_PLATFORMS) {
      const keys = [
        ...firewallSteps(platform),
        ...firewallCommands(platform, { protocol: 'tcp', port: 1 }).map(
          (command) => command.labelKey,
        ),
      ];
      for (const key of keys) expect(typeof lookUp(key), key).toBe('string');
    }
  });
});
