/**
 * Two environment variables a lab administrator (or a test) sets to point discovery elsewhere:
 *
 * - PUERTO_DISCOVERY_TARGETS: comma-separated IPv4 addresses the beacons go to instead of the
 *   directed broadcast of every network: a classroom spread over two routed subnets lists each
 *   subnet's broadcast address (routers do not forward broadcasts), and tests say
 *   127.255.255.255 so that no beacon ever leaves the machine.
 * - PUERTO_DISCOVERY_PORT: the UDP port instead of 45454 (a firewall rule already open for
 *   another port, or parallel tests that must not hear each other).
 */
import { isIPv4 } from 'node:net';
import type { PuertoError } from '../../shared/contract/errors';
import { invalidInput } from '../boundary';

export const DISCOVERY_TARGETS_VARIABLE = 'PUERTO_DISCOVERY_TARGETS';
export const DISCOVERY_PORT_VARIABLE = 'PUERTO_DISCOVERY_PORT';

export interface DiscoverySettings {
  targets?: string[];
  port?: number;
}

export type DiscoverySettingsResult =
  { ok: true; settings: DiscoverySettings } | { ok: false; error: PuertoError };

function present(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '';
}

export function discoverySettingsFrom(env: NodeJS.ProcessEnv): DiscoverySettingsResult {
  const settings: DiscoverySettings = {};
  const targetsText = env[DISCOVERY_TARGETS_VARIABLE];
  if (present(targetsText)) {
    const targets = targetsText
      .split(',')
      .map((target) => target.trim())
      .filter((target) => target !== '');
    if (targets.length === 0 || !targets.every((target) => isIPv4(target))) {
      const error = invalidInput(DISCOVERY_TARGETS_VARIABLE, 'cli.environment.discoveryTargets');
      return { ok: false, error };
    }
    settings.targets = [...new Set(targets)];
  }
  const portText = env[DISCOVERY_PORT_VARIABLE];
  if (present(portText)) {
    const port = Number(portText.trim());
    if (!/^\d+$/.test(portText.trim()) || port < 1 || port > 65_535) {
      return {
        ok: false,
        error: invalidInput(DISCOVERY_PORT_VARIABLE, 'cli.environment.discoveryPort'),
      };
    }
    settings.port = port;
  }
  return { ok: true, settings };
}
