/**
 * docs/INSTALL.md and build/service/ say what the code does: the firewall's port list is the
 * code's, the service files are accepted by the real CLI, the artifact names are those the
 * packaging configuration produces, and the data folders are those Puerto uses.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateRequest } from '../../electron/boundary';
import {
  parsePeersArguments,
  parseProbeArguments,
  parseServeArguments,
  parseWebArguments,
} from '../../electron/cli/arguments';
import { applyLabConfig, loadLabConfig } from '../../electron/cli/labConfig';
import { planServers } from '../../electron/cli/serverPlan';
import { WINDOW_STATE_FILE_NAME } from '../../electron/main/windowState';
import { DATA_DIRECTORY_VARIABLE, resolveDataDirectory } from '../../electron/workspace';
import { suggestLabPort } from '../../shared/catalogue/labPorts';
import { WELL_KNOWN_PORTS } from '../../shared/catalogue/wellKnownPorts';
import { DISCOVERY_PORT } from '../../shared/contract/classroom';
import { WORKSPACE_FILE_NAME } from '../../shared/contract/workspace';
import {
  INSTALL_GUIDE,
  SECTION_BEGIN,
  SECTION_END,
  SERVICE_LAB_CONFIG,
  renderFirewallSection,
} from './labFirewallPorts';
import { parseUnitFile } from './unitFile';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const guide = readFileSync(INSTALL_GUIDE, 'utf8');
const firewall = guide.slice(guide.indexOf(SECTION_BEGIN), guide.indexOf(SECTION_END));
const UNIT_FILE = root('build/service/puerto-serve.service');
const POWERSHELL_SCRIPT = root('build/service/install-puerto-service.ps1');

/** The ports the code expects a lab session to use, per protocol. */
function codeLabPorts(): Record<'tcp' | 'udp', Set<number>> {
  const ports = { tcp: new Set<number>(), udp: new Set<number>([DISCOVERY_PORT]) };
  for (const entry of WELL_KNOWN_PORTS) {
    if (entry.behaviour === undefined) continue;
    for (const protocol of entry.protocols) ports[protocol].add(suggestLabPort(entry.port));
  }
  return ports;
}

/** The single-port numbers of the first line containing `start` and `protocol`. */
function portsOnLine(start: string, protocol: string, pattern: RegExp): Set<number> {
  const line = firewall
    .split('\n')
    .find((text) => text.startsWith(start) && text.includes(protocol));
  expect(line, `${start} … ${protocol}`).toBeDefined();
  return new Set([...(line ?? '').matchAll(pattern)].map((match) => Number(match[1])));
}

/** Every server of a `serve` command line passes the same checks `serve` makes before binding. */
function expectServeAccepted(args: string[]): string[] {
  const parsed = parseServeArguments(args);
  const config = parsed.config === undefined ? undefined : loadLabConfig(parsed.config);
  const planned = planServers(parsed);
  const servers = config === undefined ? planned : applyLabConfig(planned, config);
  for (const server of servers) {
    const validation = validateRequest('startServer', server.request);
    expect(validation.ok, `${server.argument}: ${JSON.stringify(validation)}`).toBe(true);
  }
  return servers.map(
    (server) => `${String(server.request.protocol)}/${String(server.request.port)}`,
  );
}

/** `--config /anywhere/lab.json` read from this checkout's example. */
function withExampleConfig(args: string[]): string[] {
  return args.map((arg, index) => (args[index - 1] === '--config' ? SERVICE_LAB_CONFIG : arg));
}

describe('the README', () => {
  it('links the install guide', () => {
    const readme = readFileSync(root('README.md'), 'utf8');
    expect(readme).toMatch(/\]\(docs\/INSTALL\.md(#[^)]*)?\)/);
  });
});

describe('the firewall section of docs/INSTALL.md', () => {
  it('is the block generated from the code (npx tsx tests/docs/writeFirewallSection.ts)', () => {
    expect(`${firewall}${SECTION_END}`).toBe(renderFirewallSection());
  });

  it('opens every lab port of the code, discovery included, in every tool', () => {
    const expected = codeLabPorts();
    for (const protocol of ['tcp', 'udp'] as const) {
      const name = protocol.toUpperCase();
      const lines = [
        portsOnLine('New-NetFirewallRule', `-Protocol ${name}`, /[ ,'](\d+)(?=[,' ]|$)/g),
        portsOnLine('netsh advfirewall', `protocol=${name}`, /[=,](\d+)(?=[, ])/g),
        portsOnLine('sudo ufw allow', `proto ${protocol}`, /[ ,](\d+)(?=[, ])/g),
        portsOnLine('sudo firewall-cmd', `/${protocol}`, /--add-port=(\d+)\//g),
      ];
      for (const port of expected[protocol]) {
        expect(firewall).toMatch(new RegExp(`\\| ${port} \\| ${name} \\|`));
        for (const ports of lines) expect(ports.has(port), `${protocol}/${port}`).toBe(true);
      }
    }
    expect(firewall).toContain(`| ${DISCOVERY_PORT} | UDP |`);
  });

  it('opens the FTP passive range of the example lab.json', () => {
    const ftp = loadLabConfig(SERVICE_LAB_CONFIG).services.ftp ?? {};
    const range = `${String(ftp.passivePortMin)}-${String(ftp.passivePortMax)}`;
    expect(firewall).toContain(`-LocalPort `);
    expect(firewall).toContain(`'${range}'`);
    expect(firewall).toContain(range.replace('-', ':'));
    expect(firewall).toContain(`--add-port=${range}/tcp`);
  });
});

describe('build/service/lab.json', () => {
  it('is accepted by serve --config', () => {
    const config = loadLabConfig(SERVICE_LAB_CONFIG);
    expect(Object.keys(config.services).length).toBeGreaterThan(0);
  });
});

describe('build/service/puerto-serve.service', () => {
  const unit = parseUnitFile(readFileSync(UNIT_FILE, 'utf8'));
  const execStart = unit.Service?.ExecStart?.[0] ?? '';
  const words = execStart.split(/\s+/);
  const serveArgs = words.slice(words.indexOf('serve') + 1);

  it('has what systemd needs to run it at boot and restart it', () => {
    expect(unit.Unit?.Description?.[0]).toBeTruthy();
    expect(unit.Unit?.After).toContain('network-online.target');
    expect(unit.Service?.User?.[0]).toBe('puerto');
    expect(unit.Service?.Restart?.[0]).toBe('on-failure');
    expect(unit.Service?.RestartPreventExitStatus?.[0]).toBe('2');
    expect(unit.Service?.AmbientCapabilities?.[0]).toBe('CAP_NET_BIND_SERVICE');
    expect(unit.Service?.NoNewPrivileges?.[0]).toBe('yes');
    expect(unit.Install?.WantedBy).toContain('multi-user.target');
    expect(unit.Service?.ExecStart).toHaveLength(1);
  });

  it('runs node on the package bin, with serve arguments the CLI accepts', () => {
    expect(words[0]).toBe('/usr/bin/node');
    expect(words[1]).toMatch(/\/electron\/cli\/bin\.mjs$/);
    expect(readFileSync(root('package.json'), 'utf8')).toContain(
      '"puerto": "electron/cli/bin.mjs"',
    );
    expect(words[2]).toBe('serve');
    expect(serveArgs).toContain('--announce');
    const servers = expectServeAccepted(withExampleConfig(serveArgs));
    expect(servers.length).toBeGreaterThan(5);
    // Every server it starts is one the firewall section opens.
    for (const server of servers) {
      const [protocol = '', port = ''] = server.split('/');
      expect(firewall).toMatch(new RegExp(`\\| ${port} \\| ${protocol.toUpperCase()} \\|`));
    }
  });

  it.skipIf(!existsSync('/usr/bin/systemd-analyze'))('passes systemd-analyze verify', async () => {
    const run = promisify(execFile);
    const { stderr } = await run('systemd-analyze', ['verify', UNIT_FILE], { timeout: 15_000 });
    // Problems are printed as warnings naming the file, without a failing exit code.
    expect(stderr.split('\n').filter((line) => line.includes('puerto-serve.service'))).toEqual([]);
  });

  it('starts the same servers as the Windows task', () => {
    const script = readFileSync(POWERSHELL_SCRIPT, 'utf8');
    const block = /\$Servers = @\(([\s\S]*?)\n\s*\)/.exec(script)?.[1] ?? '';
    const windowsServers = [...block.matchAll(/'([^']*)'/g)].map((match) => match[1] ?? '');
    const linuxServers = serveArgs.filter(
      (arg, index) =>
        arg.startsWith('--tcp') ||
        arg.startsWith('--udp') ||
        /^--(tcp|udp)$/.test(serveArgs[index - 1] ?? ''),
    );
    expect(windowsServers).toEqual(linuxServers);
    const name = /\$Nickname = '([^']*)'/.exec(script)?.[1] ?? '';
    expectServeAccepted([
      '--config',
      SERVICE_LAB_CONFIG,
      '--announce',
      '--name',
      name,
      ...windowsServers,
    ]);
  });
});

describe('the commands of docs/INSTALL.md that run Puerto', () => {
  it('are accepted by the CLI parser', () => {
    const commands = [
      ...guide.matchAll(/(?:npx puerto|bin\.mjs) (serve|peers|probe|web|start)\b([^`\n]*)/g),
    ];
    expect(commands.length).toBeGreaterThan(3);
    for (const [whole, command, rest = ''] of commands) {
      const args = rest.replace(/…/g, '').trim().split(/\s+/).filter(Boolean);
      if (command === 'serve') {
        // `serve …` stands for the service's own command line, checked above.
        if (args.length > 0) expect(() => parseServeArguments(args), whole).not.toThrow();
      } else if (command === 'probe') {
        expect(parseProbeArguments(args).host, whole).not.toBe('');
      } else if (command === 'peers') {
        expect(() => parsePeersArguments(args), whole).not.toThrow();
      } else {
        expect(() => parseWebArguments(command as 'web' | 'start', args), whole).not.toThrow();
      }
    }
    // The well-known ports the guide offers for the service are valid serve servers too.
    for (const [, fragment = ''] of guide.matchAll(
      /`(--(?:tcp|udp) \d+:\w+(?: --(?:tcp|udp) \d+:\w+)*)`/g,
    )) {
      expectServeAccepted(fragment.split(' '));
    }
  });
});

describe('the data folders of docs/INSTALL.md', () => {
  it('are those Puerto uses, with the files it writes there', () => {
    expect(guide).toContain(`\`${WORKSPACE_FILE_NAME}\``);
    expect(guide).toContain(`\`${WINDOW_STATE_FILE_NAME}\``);
    expect(guide).toContain(`\`${DATA_DIRECTORY_VARIABLE}=`);
    const home = '~';
    const cli = {
      win32: resolveDataDirectory({ env: { APPDATA: '%APPDATA%' }, platform: 'win32' }),
      linux: resolveDataDirectory({ env: {}, platform: 'linux', homeDirectory: home }),
      darwin: resolveDataDirectory({ env: {}, platform: 'darwin', homeDirectory: home }),
    };
    expect(cli.win32).toBe('%APPDATA%\\Puerto');
    for (const folder of Object.values(cli)) expect(guide).toContain(`\`${folder}\``);
    // Electron's userData is the productName under each system's settings folder.
    const productName = (
      JSON.parse(readFileSync(root('package.json'), 'utf8')) as {
        productName: string;
      }
    ).productName;
    expect(guide).toContain(`\`~/.config/${productName}\``);
  });
});

describe('the downloads of docs/INSTALL.md', () => {
  it('are named as the packaging configuration names them', async () => {
    const { default: config } = await import('../../build/electron-builder.config');
    const require = createRequire(import.meta.url);
    const { expandMacro } = require('app-builder-lib/out/util/macroExpander') as {
      expandMacro: (pattern: string, arch: string | null, appInfo: object) => string;
    };
    const { getArtifactArchName, Arch } = require('builder-util') as {
      getArtifactArchName: (arch: number, ext: string) => string;
      Arch: Record<string, number>;
    };
    const appInfo = {
      productName: 'Puerto',
      sanitizedProductName: 'Puerto',
      name: 'puerto',
      version: '<version>',
    };
    const name = (pattern: string, ext: string, arch: string | null) =>
      expandMacro(pattern.replace('${ext}', ext), arch, appInfo);
    const x64 = (ext: string) => getArtifactArchName(Arch.x64 ?? 1, ext);
    const expected = [
      name(config.nsis?.artifactName ?? '', 'exe', null),
      name(config.portable?.artifactName ?? '', 'exe', null),
      name(config.appImage?.artifactName ?? '', 'AppImage', x64('AppImage')),
      // electron-builder's own default for deb, which the configuration keeps.
      name(config.deb?.artifactName ?? '${name}_${version}_${arch}.${ext}', 'deb', x64('deb')),
      name(config.dmg?.artifactName ?? '', 'dmg', 'x64'),
      name(config.dmg?.artifactName ?? '', 'dmg', 'arm64'),
    ];
    for (const file of expected) expect(guide).toContain(`| \`${file}\` |`);
  });
});
