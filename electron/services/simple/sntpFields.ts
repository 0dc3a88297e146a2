/**
 * An NTP message as the inspector shows it: every header field with its value and, where a
 * number stands for a meaning (leap, mode, stratum, a zero timestamp), that meaning as a
 * translated sub-field.
 */
import type { DecodedField } from '../../../shared/contract/events';
import type { NtpPacket } from './ntpPacket';
import type { NtpTimestamp } from './ntpTimestamp';
import { formatNtpTimestamp, isZeroTimestamp } from './ntpTimestamp';
import { SIMPLE_KEYS } from './textNotes';

const SNTP_KEYS = `${SIMPLE_KEYS}.sntp`;

const field = (name: string, value: string, meaning?: string): DecodedField =>
  meaning === undefined
    ? { label: `${SNTP_KEYS}.fields.${name}`, value }
    : { label: `${SNTP_KEYS}.fields.${name}`, value, children: [{ label: meaning }] };

/** Powers of two in seconds, written so a student sees the size (64 s, 0.000977 s). */
function powerOfTwoSeconds(exponent: number): string {
  const seconds = 2 ** exponent;
  return seconds >= 1 ? `${seconds} s` : `${Number(seconds.toPrecision(3))} s`;
}

function stratumMeaning(stratum: number): string {
  if (stratum === 0) return `${SNTP_KEYS}.strata.unspecified`;
  if (stratum === 1) return `${SNTP_KEYS}.strata.primary`;
  if (stratum <= 15) return `${SNTP_KEYS}.strata.secondary`;
  return `${SNTP_KEYS}.strata.unsynchronised`;
}

/** Stratum 0 and 1 name their reference in ASCII; above, it is the upstream server's IPv4. */
function referenceIdText(packet: NtpPacket): string {
  const bytes = [...packet.referenceId];
  if (packet.stratum <= 1) {
    const printable = bytes.filter((byte) => byte !== 0);
    if (printable.every((byte) => byte >= 0x20 && byte < 0x7f)) {
      return `'${String.fromCharCode(...printable)}'`;
    }
  }
  return bytes.join('.');
}

function timestampField(name: string, timestamp: NtpTimestamp): DecodedField {
  if (isZeroTimestamp(timestamp)) return field(name, '0', `${SNTP_KEYS}.notSet`);
  return field(name, formatNtpTimestamp(timestamp));
}

export function ntpPacketFields(packet: NtpPacket): DecodedField[] {
  return [
    field('leap', String(packet.leap), `${SNTP_KEYS}.leap.${packet.leap}`),
    field('version', String(packet.version)),
    field('mode', String(packet.mode), `${SNTP_KEYS}.modes.${packet.mode}`),
    field('stratum', String(packet.stratum), stratumMeaning(packet.stratum)),
    field('poll', `${packet.poll} (${powerOfTwoSeconds(packet.poll)})`),
    field('precision', `${packet.precision} (${powerOfTwoSeconds(packet.precision)})`),
    field('rootDelay', `${packet.rootDelay.toFixed(6)} s`),
    field('rootDispersion', `${packet.rootDispersion.toFixed(6)} s`),
    field('referenceId', referenceIdText(packet)),
    timestampField('referenceTime', packet.referenceTime),
    timestampField('originTime', packet.originTime),
    timestampField('receiveTime', packet.receiveTime),
    timestampField('transmitTime', packet.transmitTime),
  ];
}
