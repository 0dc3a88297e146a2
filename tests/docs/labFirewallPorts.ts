/**
 * The firewall section of docs/INSTALL.md, computed from the code rather than retyped: the lab
 * port of every classic service Puerto plays (shared/catalogue), classroom discovery
 * (shared/contract/classroom.ts) and the FTP passive range of build/service/lab.json. The test
 * compares the document with this; `npx tsx tests/docs/writeFirewallSection.ts` rewrites it.
 */
import { fileURLToPath } from 'node:url';
import { loadLabConfig } from '../../electron/cli/labConfig';
import { suggestLabPort } from '../../shared/catalogue/labPorts';
import { WELL_KNOWN_PORTS } from '../../shared/catalogue/wellKnownPorts';
import { DISCOVERY_PORT } from '../../shared/contract/classroom';

export const INSTALL_GUIDE = fileURLToPath(new URL('../../docs/INSTALL.md', import.meta.url));
export const SERVICE_LAB_CONFIG = fileURLToPath(
  new URL('../../build/service/lab.json', import.meta.url),
);
export const SECTION_BEGIN = '<!-- lab-ports:begin -->';
export const SECTION_END = '<!-- lab-ports:end -->';

export interface FirewallEntry {
  /** One port, or a range as `first-last`. */
  port: string;
  protocol: 'tcp' | 'udp';
  what: string;
}

function numericOrder(left: FirewallEntry, right: FirewallEntry): number {
  return Number.parseInt(left.port, 10) - Number.parseInt(right.port, 10);
}

/** Every port a lab session may need open, once per protocol, in port order. */
export function labFirewallEntries(): FirewallEntry[] {
  const byKey = new Map<string, FirewallEntry>();
  for (const entry of WELL_KNOWN_PORTS) {
    if (entry.behaviour === undefined) continue;
    const port = suggestLabPort(entry.port);
    for (const protocol of entry.protocols) {
      const key = `${protocol}/${port}`;
      const what = `${entry.behaviour} (lab port for ${entry.port})`;
      // 80 and 8080 are both HTTP on lab port 8080: one line is enough.
      if (!byKey.has(key)) byKey.set(key, { port: String(port), protocol, what });
    }
  }
  byKey.set(`udp/${DISCOVERY_PORT}`, {
    port: String(DISCOVERY_PORT),
    protocol: 'udp',
    what: 'classroom discovery beacons (`--announce`, the Classroom panel)',
  });
  const ftp = loadLabConfig(SERVICE_LAB_CONFIG).services.ftp;
  if (typeof ftp?.passivePortMin === 'number' && typeof ftp.passivePortMax === 'number') {
    byKey.set('tcp/passive', {
      port: `${ftp.passivePortMin}-${ftp.passivePortMax}`,
      protocol: 'tcp',
      what: 'FTP passive data connections (`passivePortMin`/`passivePortMax` in `lab.json`)',
    });
  }
  return [...byKey.values()].sort(numericOrder);
}

export function portsOf(entries: FirewallEntry[], protocol: 'tcp' | 'udp'): string[] {
  return entries.filter((entry) => entry.protocol === protocol).map((entry) => entry.port);
}

/** ufw counts a range as two of the 15 ports one multiport rule may hold. */
function ufwChunks(ports: string[]): string[][] {
  const chunks: string[][] = [[]];
  let used = 0;
  for (const port of ports) {
    const cost = port.includes('-') ? 2 : 1;
    if (used + cost > 15) {
      chunks.push([]);
      used = 0;
    }
    chunks[chunks.length - 1]?.push(port);
    used += cost;
  }
  return chunks;
}

function powershellList(ports: string[]): string {
  return ports.map((port) => (port.includes('-') ? `'${port}'` : port)).join(',');
}

/** The block between the markers, exactly as docs/INSTALL.md must hold it. */
export function renderFirewallSection(entries: FirewallEntry[] = labFirewallEntries()): string {
  const tcp = portsOf(entries, 'tcp');
  const udp = portsOf(entries, 'udp');
  const table = entries.map(
    (entry) => `| ${entry.port} | ${entry.protocol.toUpperCase()} | ${entry.what} |`,
  );
  const ufw = (['tcp', 'udp'] as const).flatMap((protocol) =>
    ufwChunks(portsOf(entries, protocol)).map(
      (chunk) =>
        `sudo ufw allow proto ${protocol} from any to any port ` +
        `${chunk.map((port) => port.replace('-', ':')).join(',')} comment 'Puerto lab'`,
    ),
  );
  const firewalld = (['tcp', 'udp'] as const).map(
    (protocol) =>
      'sudo firewall-cmd --permanent ' +
      portsOf(entries, protocol)
        .map((port) => `--add-port=${port}/${protocol}`)
        .join(' '),
  );
  return [
    SECTION_BEGIN,
    '<!-- Generated from the code by tests/docs/labFirewallPorts.ts: do not edit by hand. -->',
    '',
    '| Port | Transport | What |',
    '| --- | --- | --- |',
    ...table,
    '',
    `TCP: ${tcp.join(', ')}`,
    '',
    `UDP: ${udp.join(', ')}`,
    '',
    'Windows 10/11, PowerShell as administrator:',
    '',
    '```powershell',
    `New-NetFirewallRule -DisplayName 'Puerto lab (TCP)' -Direction Inbound -Action Allow -Protocol TCP -LocalPort ${powershellList(tcp)} -Profile Private,Domain`,
    `New-NetFirewallRule -DisplayName 'Puerto lab (UDP)' -Direction Inbound -Action Allow -Protocol UDP -LocalPort ${powershellList(udp)} -Profile Private,Domain`,
    '```',
    '',
    'Older Windows, or `cmd.exe` as administrator:',
    '',
    '```bat',
    `netsh advfirewall firewall add rule name="Puerto lab (TCP)" dir=in action=allow protocol=TCP localport=${tcp.join(',')} profile=private,domain`,
    `netsh advfirewall firewall add rule name="Puerto lab (UDP)" dir=in action=allow protocol=UDP localport=${udp.join(',')} profile=private,domain`,
    '```',
    '',
    'Ubuntu and Debian with ufw:',
    '',
    '```sh',
    ...ufw,
    '```',
    '',
    'Fedora, RHEL and openSUSE with firewalld:',
    '',
    '```sh',
    ...firewalld,
    'sudo firewall-cmd --reload',
    '```',
    SECTION_END,
  ].join('\n');
}

/** The document with its generated block replaced by `section`. */
export function withFirewallSection(document: string, section: string): string {
  const begin = document.indexOf(SECTION_BEGIN);
  const end = document.indexOf(SECTION_END);
  if (begin === -1 || end < begin) {
    throw new Error(`${INSTALL_GUIDE} has no ${SECTION_BEGIN} … ${SECTION_END} block`);
  }
  return document.slice(0, begin) + section + document.slice(end + SECTION_END.length);
}
