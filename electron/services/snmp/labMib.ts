/**
 * What the lab agent knows: the MIB-2 system group (RFC 1213 §6.3) and a small interfaces view
 * (ifNumber and six ifTable columns, RFC 2863). sysUpTime is computed at each request from the
 * server's start, in hundredths of a second, as TimeTicks wrap at 2^32 (RFC 2578 §7.1.8).
 * sysContact, sysName and sysLocation are read-write in the MIB, as RFC 1213 defines them; the
 * community decides whether a set may reach them.
 */
import snmp from 'net-snmp';
import type { InterfaceRow } from './machineInterfaces';
import { IF_ENTRY, INTERFACES, LAB_AGENT_OBJECT_ID, SYSTEM } from './oidNames';

export interface SystemValues {
  sysDescr: string;
  sysContact: string;
  sysName: string;
  sysLocation: string;
}

/** The part of net-snmp's Mib the agent uses (its typings leave it `any`). */
export interface MibRequestLike {
  instanceNode: { value: unknown };
  done(error?: unknown): void;
}

export interface MibLike {
  registerProvider(definition: Record<string, unknown>): void;
  setScalarValue(name: string, value: unknown): void;
  addTableRow(name: string, row: unknown[]): void;
}

/** RFC 1213: application (64) + end-to-end (8), as for a host offering services. */
const SYS_SERVICES = 72;
const TIMETICKS_WRAP = 2 ** 32;

function scalar(
  name: string,
  oid: string,
  scalarType: number,
  maxAccess: number,
  extra: Record<string, unknown> = {},
) {
  return { name, type: snmp.MibProviderType.Scalar, oid, scalarType, maxAccess, ...extra };
}

function column(number: number, name: string, type: number) {
  return { number, name, type, maxAccess: snmp.MaxAccess['read-only'] };
}

/** Registers the lab MIB; `startedAt` is the server's start (performance.now() milliseconds). */
export function registerLabMib(
  mib: MibLike,
  values: SystemValues,
  interfaces: readonly InterfaceRow[],
  startedAt: number,
  clock: () => number = () => performance.now(),
): void {
  const { OctetString, OID, TimeTicks, Integer, Gauge } = snmp.ObjectType;
  const readOnly = snmp.MaxAccess['read-only'];
  const readWrite = snmp.MaxAccess['read-write'];
  const upTime = () => Math.floor((clock() - startedAt) / 10) % TIMETICKS_WRAP;
  mib.registerProvider(scalar('sysDescr', `${SYSTEM}.1`, OctetString, readOnly));
  mib.registerProvider(scalar('sysObjectID', `${SYSTEM}.2`, OID, readOnly));
  mib.registerProvider(
    scalar('sysUpTime', `${SYSTEM}.3`, TimeTicks, readOnly, {
      handler(request: MibRequestLike) {
        request.instanceNode.value = upTime();
        request.done();
      },
    }),
  );
  mib.registerProvider(scalar('sysContact', `${SYSTEM}.4`, OctetString, readWrite));
  mib.registerProvider(scalar('sysName', `${SYSTEM}.5`, OctetString, readWrite));
  mib.registerProvider(scalar('sysLocation', `${SYSTEM}.6`, OctetString, readWrite));
  mib.registerProvider(scalar('sysServices', `${SYSTEM}.7`, Integer, readOnly));
  mib.registerProvider(scalar('ifNumber', `${INTERFACES}.1`, Integer, readOnly));
  mib.registerProvider({
    name: 'ifTable',
    type: snmp.MibProviderType.Table,
    oid: IF_ENTRY,
    maxAccess: snmp.MaxAccess['not-accessible'],
    tableColumns: [
      column(1, 'ifIndex', Integer),
      column(2, 'ifDescr', OctetString),
      column(3, 'ifType', Integer),
      column(5, 'ifSpeed', Gauge),
      column(6, 'ifPhysAddress', OctetString),
      column(8, 'ifOperStatus', Integer),
    ],
    tableIndex: [{ columnName: 'ifIndex' }],
  });

  mib.setScalarValue('sysDescr', values.sysDescr);
  mib.setScalarValue('sysObjectID', LAB_AGENT_OBJECT_ID);
  mib.setScalarValue('sysUpTime', upTime());
  mib.setScalarValue('sysContact', values.sysContact);
  mib.setScalarValue('sysName', values.sysName);
  mib.setScalarValue('sysLocation', values.sysLocation);
  mib.setScalarValue('sysServices', SYS_SERVICES);
  mib.setScalarValue('ifNumber', interfaces.length);
  for (const row of interfaces) {
    mib.addTableRow('ifTable', [
      row.index,
      row.description,
      row.type,
      row.speed,
      row.physicalAddress,
      row.operStatus,
    ]);
  }
}
