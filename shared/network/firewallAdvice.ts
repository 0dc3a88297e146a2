/**
 * What to tell a student whose partner cannot get through a firewall: which system's steps,
 * and the exact commands for this port and protocol. Plain data (i18n keys and command text),
 * so the advice is tested without rendering anything.
 */
import type { Protocol } from '../contract/model';

export const FIREWALL_PLATFORMS = ['windows', 'linux', 'macos'] as const;
export type FirewallPlatform = (typeof FIREWALL_PLATFORMS)[number];

/**
 * Node's `process.platform` names (what `SystemInfo.platform` and beacons carry) as the
 * firewall the system ships with. BSDs and other Unixes get the Linux advice: closest fit.
 */
export function firewallPlatform(platform: string | undefined): FirewallPlatform | undefined {
  if (platform === undefined || platform === '') return undefined;
  if (platform === 'win32' || platform === 'cygwin') return 'windows';
  if (platform === 'darwin') return 'macos';
  return 'linux';
}

/** Most lab PCs run Windows, so that advice comes first when the system is not known. */
export const DEFAULT_FIREWALL_PLATFORM: FirewallPlatform = 'windows';

export interface FirewallTarget {
  protocol: Protocol;
  port: number;
}

export interface FirewallCommand {
  id: string;
  /** The i18n key of the line above the command (which tool, which distribution). */
  labelKey: string;
  command: string;
}

/** The steps shown before the commands, as i18n keys taking `{program}`. */
export function firewallSteps(platform: FirewallPlatform): string[] {
  const steps: Record<FirewallPlatform, string[]> = {
    windows: ['prompt', 'allowApp'],
    linux: ['terminal'],
    macos: ['prompt', 'settings'],
  };
  return steps[platform].map((step) => `reach.firewall.steps.${platform}.${step}`);
}

function windowsCommands({ protocol, port }: FirewallTarget): FirewallCommand[] {
  // The rule is named after what it opens, so the student finds (and removes) it later.
  const name = `Puerto ${protocol.toUpperCase()} ${port}`;
  return [
    {
      id: 'powershell',
      labelKey: 'reach.firewall.commands.powershell',
      command:
        `New-NetFirewallRule -DisplayName "${name}" -Direction Inbound` +
        ` -Protocol ${protocol.toUpperCase()} -LocalPort ${port} -Action Allow -Profile Private`,
    },
    {
      id: 'powershell-undo',
      labelKey: 'reach.firewall.commands.powershellUndo',
      command: `Remove-NetFirewallRule -DisplayName "${name}"`,
    },
  ];
}

function linuxCommands({ protocol, port }: FirewallTarget): FirewallCommand[] {
  const portSpec = `${port}/${protocol}`;
  return [
    { id: 'ufw', labelKey: 'reach.firewall.commands.ufw', command: `sudo ufw allow ${portSpec}` },
    {
      id: 'ufw-undo',
      labelKey: 'reach.firewall.commands.ufwUndo',
      command: `sudo ufw delete allow ${portSpec}`,
    },
    // Without --permanent the rule goes at the next restart: right for a lab session.
    {
      id: 'firewalld',
      labelKey: 'reach.firewall.commands.firewalld',
      command: `sudo firewall-cmd --add-port=${portSpec}`,
    },
    {
      id: 'firewalld-undo',
      labelKey: 'reach.firewall.commands.firewalldUndo',
      command: `sudo firewall-cmd --remove-port=${portSpec}`,
    },
  ];
}

/** macOS's application firewall allows programs, not ports: its advice is only steps. */
export function firewallCommands(
  platform: FirewallPlatform,
  target: FirewallTarget,
): FirewallCommand[] {
  if (platform === 'windows') return windowsCommands(target);
  if (platform === 'linux') return linuxCommands(target);
  return [];
}
