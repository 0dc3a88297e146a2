/**
 * `puerto serve --udp Q:snmp`, judged by Net-SNMP's own tools (snmpget, snmpwalk, snmpbulkwalk,
 * snmpset) as a lab would use them, with numeric OIDs because Debian ships the tools without
 * the standard MIB files. Also: uptime moving on, sets refused, a wrong community unanswered,
 * garbage dropped while the agent keeps answering.
 */
import { randomBytes } from 'node:crypto';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, killRunning, startCli } from '../../cli/cliProcess';
import type { CliProcess } from '../../cli/cliProcess';
import { requireTool } from '../../support/requireTool';
import { runProgram } from '../files/programs';
import { sendDatagram } from '../dns/dig';
import { message } from './messages';

const hasTools = requireTool('snmpget', 'snmp');

const SYS_DESCR = '.1.3.6.1.2.1.1.1.0';
const SYS_UPTIME = '.1.3.6.1.2.1.1.3.0';
const SYS_CONTACT = '.1.3.6.1.2.1.1.4.0';
const SYS_NAME = '.1.3.6.1.2.1.1.5.0';

let cli: CliProcess;
let port: number;

beforeAll(async () => {
  if (!hasTools) return;
  port = await freePort();
  cli = startCli(['serve', '--udp', `${port}:snmp`, '--json']);
  await cli.waitFor(() => cli.jsonLines().some((line) => line.kind === 'listening'));
});

afterAll(async () => {
  await killRunning();
});

/** Runs one Net-SNMP tool against the agent: one try, one second, numeric OIDs. */
function snmp(tool: string, options: string[], operands: string[]) {
  const args = ['-t', '1', '-r', '0', '-On', ...options, `127.0.0.1:${port}`, ...operands];
  return runProgram(tool, args, { timeoutMs: 8_000 });
}

async function get(version: '1' | '2c', oids: string[], community = 'public') {
  return runProgram(
    'snmpget',
    ['-v', version, '-c', community, '-t', '1', '-r', '0', '-On', `127.0.0.1:${port}`, ...oids],
    {
      timeoutMs: 8_000,
    },
  );
}

function valueLines(output: string): Map<string, string> {
  return new Map(
    output
      .split('\n')
      .filter((line) => line.includes(' = ') && !line.includes('No more variables'))
      .map((line) => {
        const [oid = '', value = ''] = line.split(' = ');
        return [oid.trim(), value.trim()];
      }),
  );
}

async function upTimeTicks(version: '1' | '2c'): Promise<number> {
  const run = await get(version, [SYS_UPTIME]);
  const ticks = /Timeticks: \((\d+)\)/.exec(run.stdout)?.[1];
  expect(ticks, run.stdout + run.stderr).toBeDefined();
  return Number(ticks);
}

describe.skipIf(!hasTools)('snmp agent, judged by Net-SNMP tools through the CLI', () => {
  it.each(['1', '2c'] as const)(
    'answers snmpget -v%s for sysDescr, sysUpTime and sysName',
    async (version) => {
      const run = await get(version, [SYS_DESCR, SYS_UPTIME, SYS_NAME]);
      expect(run.code, run.stderr).toBe(0);
      const values = valueLines(run.stdout);
      expect(values.get(SYS_DESCR)).toMatch(/^STRING: "Puerto lab agent \(SNMP v1, v2c\) on /);
      expect(values.get(SYS_UPTIME)).toMatch(/^Timeticks: \(\d+\)/);
      expect(values.get(SYS_NAME)).toMatch(/^STRING: ".+"$/);

      const first = await upTimeTicks(version);
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(await upTimeTicks(version)).toBeGreaterThanOrEqual(first + 10);
    },
  );

  it('walks the system group and the interfaces table', async () => {
    const system = await snmp('snmpwalk', ['-v', '2c', '-c', 'public'], ['.1.3.6.1.2.1.1']);
    const systemValues = valueLines(system.stdout);
    expect([...systemValues.keys()]).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((index) => `.1.3.6.1.2.1.1.${index}.0`),
    );
    expect(systemValues.get('.1.3.6.1.2.1.1.2.0')).toBe('OID: .1.3.6.1.4.1.32473.1');
    expect(systemValues.get(SYS_CONTACT)).toBe('STRING: "admin@lab.example"');

    const names = Object.keys(networkInterfaces());
    for (const version of ['1', '2c']) {
      const table = await snmp('snmpwalk', ['-v', version, '-c', 'public'], ['.1.3.6.1.2.1.2.2']);
      const rows = valueLines(table.stdout);
      expect(rows.size, table.stdout + table.stderr).toBe(6 * names.length);
      const descriptions = [...rows]
        .filter(([oid]) => oid.startsWith('.1.3.6.1.2.1.2.2.1.2.'))
        .map(([, value]) => value);
      expect(descriptions).toEqual(names.map((name) => `STRING: "${name}"`));
    }
    const bulk = await snmp(
      'snmpbulkwalk',
      ['-v', '2c', '-c', 'public', '-Cr25'],
      ['.1.3.6.1.2.1'],
    );
    expect(valueLines(bulk.stdout).size).toBe(8 + 6 * names.length);
    // The walk reaches the end of the agent's MIB: the tool says so once (one endOfMibView).
    expect(bulk.stdout.match(/No more variables/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it('refuses snmpset: noAccess or notWritable in v2c, noSuchName in v1', async () => {
    const contact = await snmp('snmpset', ['-v', '2c', '-c', 'public'], [SYS_CONTACT, 's', 'x']);
    expect(contact.code).not.toBe(0);
    expect(contact.stderr).toContain('noAccess');
    const descr = await snmp('snmpset', ['-v', '2c', '-c', 'public'], [SYS_DESCR, 's', 'intruso']);
    expect(descr.stderr).toContain('notWritable');
    const v1 = await snmp('snmpset', ['-v', '1', '-c', 'public'], [SYS_CONTACT, 's', 'intruso']);
    expect(v1.stderr).toContain('noSuchName');
    const after = await get('2c', [SYS_CONTACT]);
    expect(after.stdout).toContain('"admin@lab.example"');
  });

  it('does not answer a wrong community (snmpget times out)', async () => {
    const started = Date.now();
    const run = await get('2c', [SYS_DESCR], 'private');
    expect(run.stderr).toContain('Timeout');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('drops garbage, v3 and unexpected PDUs silently, and keeps answering', async () => {
    const junk = [
      randomBytes(40),
      Buffer.from('hola agente\n'),
      Buffer.from(message()).subarray(0, 15),
      message({ version: 3 }),
      message({ tag: 0xa2 }),
      message({ version: 0, tag: 0xa5 }),
    ];
    for (const datagram of junk) expect(await sendDatagram(port, datagram, 200)).toBeUndefined();
    const accepted = await sendDatagram(port, message({ requestId: 31337 }));
    expect(accepted).toBeDefined();
    const run = await get('1', [SYS_DESCR]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Puerto lab agent');
  });
});
