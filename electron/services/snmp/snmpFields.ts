/**
 * An SNMP message decoded into the fields the inspector shows next to the hex: version,
 * community, PDU type, request ID, error status and index (or GetBulk's non-repeaters and
 * max-repetitions), and each variable binding with its OID, name, type and value. Labels are
 * i18n keys under `services.snmp.*`; values are the message's own data.
 */
import type { DecodedField } from '../../../shared/contract/events';
import { oidName } from './oidNames';
import type { SnmpMessage, SnmpPdu, SnmpVarbind } from './snmpMessage';
import { PDU_TAGS, pduName, SNMP_VERSIONS } from './snmpMessage';
import { leadingOctets, typeName, valueText } from './snmpValues';

const KEY = 'services.snmp';
/**
 * Bindings explained per message and characters per value (issue 12): a 65 KB request of 4,600
 * bindings once left a note of 1.2 MB. The hex view still shows every byte the capture keeps.
 */
export const MAX_DESCRIBED_VARBINDS = 32;
const MAX_VALUE_TEXT = 256;

/** At most MAX_VALUE_TEXT characters, in a string of its own (never a slice of a larger one). */
function shortened(text: string): string {
  const kept = text.length <= MAX_VALUE_TEXT ? text : `${text.slice(0, MAX_VALUE_TEXT)}…`;
  return Buffer.from(kept).toString();
}

/** RFC 3416 §3 error-status values (0–5 also in RFC 1157). */
export const ERROR_STATUS_NAMES = [
  'noError',
  'tooBig',
  'noSuchName',
  'badValue',
  'readOnly',
  'genErr',
  'noAccess',
  'wrongType',
  'wrongLength',
  'wrongEncoding',
  'wrongValue',
  'noCreation',
  'inconsistentValue',
  'resourceUnavailable',
  'commitFailed',
  'undoFailed',
  'authorizationError',
  'notWritable',
  'inconsistentName',
] as const;

function field(name: string, value?: string, children?: DecodedField[]): DecodedField {
  const decoded: DecodedField = { label: `${KEY}.fields.${name}` };
  if (value !== undefined) decoded.value = value;
  if (children !== undefined && children.length > 0) decoded.children = children;
  return decoded;
}

function varbindField(varbind: SnmpVarbind): DecodedField {
  const name = oidName(varbind.oid);
  const type = typeName(varbind.value.tag);
  let value: string;
  try {
    value = valueText(varbind.value);
  } catch {
    value = '?';
  }
  value = shortened(value);
  const shown = `${name ?? varbind.oid} = ${type}${value === '' ? '' : `: ${value}`}`;
  const exception = { 0x80: 'noSuchObject', 0x81: 'noSuchInstance', 0x82: 'endOfMibView' }[
    varbind.value.tag
  ];
  return field('varbind', shown, [
    field('oid', varbind.oid),
    ...(name === undefined ? [] : [field('oidName', name)]),
    field('type', type),
    ...(value === '' ? [] : [field('value', value)]),
    ...(exception === undefined ? [] : [{ label: `${KEY}.exceptions.${exception}` }]),
  ]);
}

function statusField(pdu: SnmpPdu): DecodedField[] {
  if (pdu.errorStatus === undefined || pdu.errorIndex === undefined) return [];
  if (pdu.tag === PDU_TAGS.GetBulkRequest) {
    return [
      field('nonRepeaters', String(pdu.errorStatus)),
      field('maxRepetitions', String(pdu.errorIndex)),
    ];
  }
  const status = Number(pdu.errorStatus);
  const name = ERROR_STATUS_NAMES[status];
  const meaning = name === undefined ? [] : [{ label: `${KEY}.errorStatus.${name}` }];
  return [
    field('errorStatus', `${name ?? 'unknown'} (${status})`, meaning),
    field('errorIndex', String(pdu.errorIndex)),
  ];
}

function moreVarbinds(more: number): DecodedField[] {
  return more > 0 ? [field('moreVarbinds', String(more))] : [];
}

function pduFields(pdu: SnmpPdu): DecodedField[] {
  const name = pduName(pdu.tag);
  const typeValue = `${name ?? 'PDU'} (0x${pdu.tag.toString(16)})`;
  return [
    field('pduType', typeValue, name === undefined ? [] : [{ label: `${KEY}.pdus.${name}` }]),
    ...(pdu.requestId === undefined ? [] : [field('requestId', String(pdu.requestId))]),
    ...statusField(pdu),
    field('varbinds', String(pdu.varbinds.length), [
      ...pdu.varbinds.slice(0, MAX_DESCRIBED_VARBINDS).map(varbindField),
      ...moreVarbinds(pdu.varbinds.length - MAX_DESCRIBED_VARBINDS),
    ]),
  ];
}

export function snmpMessageFields(message: SnmpMessage): DecodedField[] {
  const version = `${SNMP_VERSIONS[message.version] ?? 'unknown'} (${message.version})`;
  const fields = [field('version', version)];
  if (message.community !== undefined) {
    const shown = leadingOctets(message.community);
    const community = new TextDecoder('utf-8', { fatal: false }).decode(shown);
    fields.push(field('community', shortened(JSON.stringify(community))));
  }
  if (message.pdu !== undefined) fields.push(...pduFields(message.pdu));
  return fields;
}

/** Request or response, from the PDU type (traps and reports count as what the agent sends). */
export function snmpRole(message: SnmpMessage): 'request' | 'response' | undefined {
  const tag = message.pdu?.tag;
  if (tag === undefined) return undefined;
  const fromAgent: readonly number[] = [PDU_TAGS.Response, PDU_TAGS.Report];
  return fromAgent.includes(tag) ? 'response' : 'request';
}
