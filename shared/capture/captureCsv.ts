/**
 * A capture as CSV for spreadsheets (RFC 4180): a header row, CRLF between records, and any
 * field holding a comma, a double quote, CR or LF wrapped in double quotes with its quotes
 * doubled. Export only: the JSON Lines file is the one Puerto reads back.
 */
import type { PuertoEvent } from '../contract/events';
import { bytesToHex, bytesToText, endpointToText } from './bytesText';

export const CSV_COLUMNS = [
  'seq',
  'time_iso',
  'kind',
  'proto',
  'local',
  'remote',
  'bytes',
  'payload_hex',
  'payload_text',
] as const;

/**
 * Spreadsheets read UTF-8 files as UTF-8 (and show ñ and á correctly) only when they start
 * with a byte order mark; other CSV readers skip it.
 */
export const CSV_BYTE_ORDER_MARK = '\uFEFF';

/** RFC 4180 §2, rules 5–7. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Received text is untrusted: a spreadsheet runs a cell that starts with = + - @ (or a tab or
 * CR) as a formula (OWASP "CSV injection"), so such text gets a leading apostrophe. The hex
 * column keeps the exact bytes.
 */
export function defuseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvRecord(event: PuertoEvent): string {
  const isData = event.kind === 'data-in' || event.kind === 'data-out';
  const values = [
    String(event.seq),
    new Date(event.time).toISOString(),
    event.kind,
    event.proto,
    event.local ? endpointToText(event.local) : '',
    event.remote ? endpointToText(event.remote) : '',
    String(isData ? event.bytes : 0),
    isData ? bytesToHex(event.payload) : '',
    isData ? defuseFormula(bytesToText(event.payload)) : '',
  ];
  return values.map(csvField).join(',');
}

export function exportCsv(events: readonly PuertoEvent[]): string {
  const records = [CSV_COLUMNS.join(','), ...events.map(csvRecord)];
  return `${CSV_BYTE_ORDER_MARK}${records.join('\r\n')}\r\n`;
}
