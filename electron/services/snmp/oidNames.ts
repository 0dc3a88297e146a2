/**
 * Names for the OIDs a student meets in the lab (MIB-2 system group and interfaces, RFC 1213
 * and RFC 2863), so the inspector can write `sysUpTime.0` next to 1.3.6.1.2.1.1.3.0 as
 * `snmpget` does. An OID below a known one gets the known name and the rest as a suffix.
 */
export const MIB2 = '1.3.6.1.2.1';
export const SYSTEM = `${MIB2}.1`;
export const INTERFACES = `${MIB2}.2`;
export const IF_ENTRY = `${INTERFACES}.2.1`;
/** RFC 5612 reserves enterprise number 32473 for documentation: no real product uses it. */
export const LAB_AGENT_OBJECT_ID = '1.3.6.1.4.1.32473.1';

const IF_COLUMNS = [
  'ifIndex',
  'ifDescr',
  'ifType',
  'ifMtu',
  'ifSpeed',
  'ifPhysAddress',
  'ifAdminStatus',
  'ifOperStatus',
  'ifLastChange',
  'ifInOctets',
  'ifInUcastPkts',
  'ifInNUcastPkts',
  'ifInDiscards',
  'ifInErrors',
  'ifInUnknownProtos',
  'ifOutOctets',
  'ifOutUcastPkts',
  'ifOutNUcastPkts',
  'ifOutDiscards',
  'ifOutErrors',
  'ifOutQLen',
  'ifSpecific',
];

const SYSTEM_OBJECTS = [
  'sysDescr',
  'sysObjectID',
  'sysUpTime',
  'sysContact',
  'sysName',
  'sysLocation',
  'sysServices',
];

const KNOWN = new Map<string, string>([
  ['1.3.6.1', 'internet'],
  ['1.3.6.1.2.1', 'mib-2'],
  ['1.3.6.1.4.1', 'enterprises'],
  ['1.3.6.1.4.1.32473', 'example'],
  [SYSTEM, 'system'],
  [INTERFACES, 'interfaces'],
  [`${INTERFACES}.1`, 'ifNumber'],
  [`${INTERFACES}.2`, 'ifTable'],
  [IF_ENTRY, 'ifEntry'],
  ...SYSTEM_OBJECTS.map((name, index): [string, string] => [`${SYSTEM}.${index + 1}`, name]),
  ...IF_COLUMNS.map((name, index): [string, string] => [`${IF_ENTRY}.${index + 1}`, name]),
]);

/** `sysDescr.0`, `ifDescr.2`, or undefined when no known OID contains it. */
export function oidName(oid: string): string | undefined {
  const parts = oid.split('.');
  for (let length = parts.length; length > 0; length--) {
    const name = KNOWN.get(parts.slice(0, length).join('.'));
    if (name === undefined) continue;
    const rest = parts.slice(length);
    return rest.length === 0 ? name : `${name}.${rest.join('.')}`;
  }
  return undefined;
}
