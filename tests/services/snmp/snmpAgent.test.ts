/**
 * The snmp behaviour with the real net-snmp agent behind it, fed datagrams through a stand-in
 * session (no sockets): what it answers, what it drops and counts, how it explains each
 * message, and the machine's interfaces as ifTable rows.
 */
import { describe, expect, it } from 'vitest';
import type { BehaviourSession } from '../../../electron/engine';
import { createSnmpBehaviour } from '../../../electron/services/snmp/snmpBehaviour';
import type { SnmpEnvironment } from '../../../electron/services/snmp';
import { interfaceRows } from '../../../electron/services/snmp/machineInterfaces';
import { snmpMessageFields } from '../../../electron/services/snmp/snmpFields';
import { readSnmpMessage } from '../../../electron/services/snmp/snmpMessage';
import { timeTicksText } from '../../../electron/services/snmp/snmpValues';
import type { DecodedField } from '../../../shared/contract/events';
import { messages } from '../../../shared/i18n';
import { message, octets } from './messages';

const environment: SnmpEnvironment = {
  interfaces: () =>
    interfaceRows({
      lo: [
        {
          address: '127.0.0.1',
          netmask: '255.0.0.0',
          family: 'IPv4',
          mac: '00:00:00:00:00:00',
          internal: true,
          cidr: '127.0.0.1/8',
        },
      ],
      eth0: [
        {
          address: '192.0.2.5',
          netmask: '255.255.255.0',
          family: 'IPv4',
          mac: '02:fc:00:00:00:01',
          internal: false,
          cidr: '192.0.2.5/24',
        },
      ],
    }),
  hostname: () => 'aula-07',
  systemDescription: () => 'Puerto lab agent (test)',
};

function harness(config: { community?: string; sysLocation?: string } = {}) {
  const instance = createSnmpBehaviour({ maxRepetitions: 5 }, environment).create({
    name: 'snmp',
    community: config.community ?? 'public',
    ...(config.sysLocation ? { sysLocation: config.sysLocation } : {}),
  });
  const sent: Uint8Array[] = [];
  const endpoint = { address: '127.0.0.1', port: 40000 };
  const session: BehaviourSession = {
    id: 'flow-1',
    protocol: 'udp',
    local: { address: '127.0.0.1', port: 1161 },
    remote: endpoint,
    send: (data) => {
      sent.push(data);
      return true;
    },
    end() {},
    close() {},
    pause() {},
    resume() {},
  };
  const ask = async (request: Uint8Array) => {
    const before = sent.length;
    instance.onData?.(session, request);
    for (let tick = 0; tick < 20 && sent.length === before; tick++)
      await new Promise((resolve) => setImmediate(resolve));
    return sent.length === before
      ? undefined
      : readSnmpMessage(sent[sent.length - 1] ?? new Uint8Array());
  };
  return { instance, session, ask, sent };
}

const text = (bytes: Uint8Array | undefined) => Buffer.from(bytes ?? []).toString();

function flatten(fields: readonly DecodedField[]): DecodedField[] {
  return fields.flatMap((field) => [field, ...flatten(field.children ?? [])]);
}

describe('the lab agent', () => {
  it('answers the system group from its options and the machine', async () => {
    const { instance, ask } = harness({ sysLocation: 'Aula 3' });
    const reply = await ask(
      message({
        bindings: [
          ['1.3.6.1.2.1.1.1.0'],
          ['1.3.6.1.2.1.1.2.0'],
          ['1.3.6.1.2.1.1.5.0'],
          ['1.3.6.1.2.1.1.6.0'],
          ['1.3.6.1.2.1.2.1.0'],
        ],
      }),
    );
    const values = reply?.pdu?.varbinds.map((binding) => binding.value) ?? [];
    expect(text(values[0]?.contents)).toBe('Puerto lab agent (test)');
    expect(values[1]?.tag).toBe(0x06);
    expect(text(values[2]?.contents)).toBe('aula-07');
    expect(text(values[3]?.contents)).toBe('Aula 3');
    expect(values[4]?.contents).toEqual(Uint8Array.of(2));
    expect(reply?.pdu?.requestId).toBe(4242n);
    instance.dispose?.();
  });

  it('keeps sysUpTime current from the server start', async () => {
    const { instance, ask } = harness();
    const upTime = async () => {
      const reply = await ask(message({ bindings: [['1.3.6.1.2.1.1.3.0']] }));
      const value = reply?.pdu?.varbinds[0]?.value;
      expect(value?.tag).toBe(0x43);
      return Number(
        Buffer.from(value?.contents ?? []).readUIntBE(0, value?.contents.byteLength ?? 1),
      );
    };
    const first = await upTime();
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(await upTime()).toBeGreaterThanOrEqual(first + 10);
    instance.dispose?.();
  });

  it('refuses sets as RFC 3416 and RFC 3584 say, and changes nothing', async () => {
    const { instance, ask } = harness();
    const contact = ['1.3.6.1.2.1.1.4.0', octets('intruso')] as [string, ReturnType<typeof octets>];
    const v2c = await ask(message({ tag: 0xa3, bindings: [contact] }));
    expect(v2c?.pdu).toMatchObject({ tag: 0xa2, errorStatus: 6n, errorIndex: 1n });
    const descr = await ask(message({ tag: 0xa3, bindings: [['1.3.6.1.2.1.1.1.0', octets('x')]] }));
    expect(descr?.pdu?.errorStatus).toBe(17n);
    const v1 = await ask(message({ version: 0, tag: 0xa3, bindings: [contact] }));
    expect(v1?.pdu?.errorStatus).toBe(2n);
    const after = await ask(message({ bindings: [['1.3.6.1.2.1.1.4.0']] }));
    expect(text(after?.pdu?.varbinds[0]?.value.contents)).toBe('admin@lab.example');
    instance.dispose?.();
  });

  it('drops and counts what it must not answer, and keeps answering', async () => {
    const { instance, ask } = harness();
    expect(await ask(message({ community: 'private' }))).toBeUndefined();
    expect(await ask(Buffer.from('\x30\x03\x02\x01'))).toBeUndefined();
    expect(await ask(message({ tag: 0xa2 }))).toBeUndefined();
    expect(await ask(message({ version: 0, tag: 0xa5 }))).toBeUndefined();
    expect(await ask(message())).toBeDefined();
    expect(instance.stats).toMatchObject({
      wrongCommunity: 1,
      malformed: 1,
      unexpectedPdu: 2,
      accepted: 1,
      answered: 1,
    });
    instance.dispose?.();
  });

  it('caps GetBulk repetitions and walks the interfaces table', async () => {
    const { instance, ask } = harness();
    const bulk = await ask(
      message({
        tag: 0xa5,
        errorStatus: 0,
        errorIndex: 1_000_000,
        bindings: [['1.3.6.1.2.1.2.2']],
      }),
    );
    const oids = bulk?.pdu?.varbinds.map((binding) => binding.oid) ?? [];
    expect(oids.length).toBeLessThanOrEqual(5);
    expect(oids.slice(0, 3)).toEqual([
      '1.3.6.1.2.1.2.2.1.1.1',
      '1.3.6.1.2.1.2.2.1.1.2',
      '1.3.6.1.2.1.2.2.1.2.1',
    ]);
    const mac = await ask(
      message({ bindings: [['1.3.6.1.2.1.2.2.1.6.2'], ['1.3.6.1.2.1.2.2.1.3.1']] }),
    );
    expect(Buffer.from(mac?.pdu?.varbinds[0]?.value.contents ?? []).toString('hex')).toBe(
      '02fc00000001',
    );
    expect(mac?.pdu?.varbinds[1]?.value.contents).toEqual(Uint8Array.of(24));
    instance.dispose?.();
  });

  it('explains requests, answers and drops with labels both catalogues hold', async () => {
    const { instance, session, ask, sent } = harness();
    await ask(message({ bindings: [['1.3.6.1.2.1.1.3.0']] }));
    const request = instance.describe?.(
      session,
      'in',
      message({ bindings: [['1.3.6.1.2.1.1.3.0']] }),
    );
    const answer = instance.describe?.(session, 'out', sent[0] ?? new Uint8Array());
    const dropped = instance.describe?.(session, 'in', message({ community: 'secreta' }));
    expect(request).toMatchObject({ protocol: 'snmp', role: 'request' });
    expect(answer).toMatchObject({ protocol: 'snmp', role: 'response' });
    const answerFields = flatten(answer?.fields ?? []);
    expect(
      answerFields.find((field) => field.label === 'services.snmp.fields.varbind')?.value,
    ).toMatch(/^sysUpTime\.0 = TimeTicks: \(\d+\) 0:00:\d\d\.\d\d$/);
    expect(flatten(dropped?.fields ?? []).map((field) => field.label)).toContain(
      'services.snmp.verdict.wrongCommunity',
    );
    expect(
      flatten(dropped?.fields ?? []).find(
        (field) => field.label === 'services.snmp.fields.community',
      )?.value,
    ).toBe('"secreta"');
    const labels = new Set(
      [request, answer, dropped]
        .flatMap((note) => flatten(note?.fields ?? []))
        .map((field) => field.label),
    );
    const find = (locale: 'en' | 'es', key: string) =>
      key
        .split('.')
        .reduce<unknown>(
          (node, part) => (node as Record<string, unknown>)?.[part],
          messages[locale],
        );
    for (const label of labels) {
      expect(typeof find('en', label), label).toBe('string');
      expect(typeof find('es', label), label).toBe('string');
    }
    instance.dispose?.();
  });
});

describe('decoded SNMP fields', () => {
  it('names PDU types, error statuses, OIDs and GetBulk parameters', () => {
    const bulk = snmpMessageFields(
      readSnmpMessage(message({ tag: 0xa5, errorStatus: 1, errorIndex: 10 })),
    );
    expect(bulk.map((field) => [field.label.split('.').at(-1), field.value])).toEqual([
      ['version', 'v2c (1)'],
      ['community', '"public"'],
      ['pduType', 'GetBulkRequest (0xa5)'],
      ['requestId', '4242'],
      ['nonRepeaters', '1'],
      ['maxRepetitions', '10'],
      ['varbinds', '1'],
    ]);
    const error = snmpMessageFields(
      readSnmpMessage(message({ version: 0, tag: 0xa2, errorStatus: 2, errorIndex: 1 })),
    );
    const status = error.find((field) => field.label === 'services.snmp.fields.errorStatus');
    expect(status).toEqual({
      label: 'services.snmp.fields.errorStatus',
      value: 'noSuchName (2)',
      children: [{ label: 'services.snmp.errorStatus.noSuchName' }],
    });
    expect(timeTicksText(8640000n * 2n + 366_1234n)).toBe('(20941234) 2 d 10:10:12.34');
  });

  it('builds ifTable rows from the machine interfaces', () => {
    const rows = environment.interfaces();
    expect(
      rows.map((row) => [row.index, row.description, row.type, row.physicalAddress.byteLength]),
    ).toEqual([
      [1, 'lo', 24, 0],
      [2, 'eth0', 6, 6],
    ]);
  });
});
