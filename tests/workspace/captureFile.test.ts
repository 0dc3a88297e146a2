import { describe, expect, it } from 'vitest';
import type { DataEvent, PuertoEvent } from '../../shared/contract/events';
import {
  CSV_BYTE_ORDER_MARK,
  CSV_COLUMNS,
  exportCsv,
  exportJsonLines,
  importJsonLines,
} from '../../shared/capture/captureFile';
import { eventToJson } from '../../electron/cli/eventFormat';

const local = { address: '127.0.0.1', port: 7007 };
const remote = { address: '::1', port: 51234 };

function data(seq: number, kind: DataEvent['kind'], payload: Uint8Array, wireBytes?: number) {
  return {
    seq,
    time: 1_764_099_012_345.678 + seq,
    proto: 'tcp',
    kind,
    serverId: 'server-1',
    connectionId: 'connection-1',
    local,
    remote,
    bytes: wireBytes ?? payload.byteLength,
    payload,
    truncated: wireBytes !== undefined,
  } satisfies DataEvent;
}

const everyByte = Uint8Array.from({ length: 256 }, (_, index) => index);

function sampleEvents(): PuertoEvent[] {
  return [
    { seq: 1, time: 1_764_099_012_000.25, proto: 'tcp', kind: 'listening', local },
    { seq: 2, time: 1_764_099_012_001, proto: 'tcp', kind: 'accepted', local, remote },
    data(3, 'data-in', new TextEncoder().encode('hola, "mundo"\r\nñ')),
    data(4, 'data-out', everyByte),
    data(5, 'data-in', Uint8Array.of(0xc3, 0x28, 0xff), 9000),
    {
      seq: 6,
      time: 1_764_099_013_000,
      proto: 'tcp',
      kind: 'half-closed',
      by: 'remote',
      local,
      remote,
    },
    {
      seq: 7,
      time: 1_764_099_013_001,
      proto: 'tcp',
      kind: 'flow',
      state: 'paused',
      buffered: 65536,
    },
    {
      seq: 8,
      time: 1_764_099_013_002,
      proto: 'udp',
      kind: 'error',
      local: { address: '', port: 7007 },
      error: { code: 'PORT_IN_USE', message: 'in use', details: { port: 7007, proto: 'UDP' } },
    },
    { seq: 9, time: 1_764_099_013_003, proto: 'tcp', kind: 'closed', by: 'reset', local, remote },
  ];
}

describe('capture JSON Lines', () => {
  it('starts with a header line and has one line per event', () => {
    const text = exportJsonLines(sampleEvents(), new Date('2026-11-25T20:00:00Z'));
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(10);
    expect(JSON.parse(lines[0]!)).toEqual({
      format: 'puerto-capture',
      version: 1,
      exportedAt: '2026-11-25T20:00:00.000Z',
      events: 9,
    });
    expect(JSON.parse(lines[4]!)).toMatchObject({
      seq: 4,
      kind: 'data-out',
      local: '127.0.0.1:7007',
      remote: '[::1]:51234',
      bytes: 256,
      hex: expect.stringMatching(/^000102.*feff$/),
    });
    expect(JSON.parse(lines[3]!).text).toBe('hola, "mundo"\r\nñ');
  });

  it('round-trips every event, bytes and times exact', () => {
    const events = sampleEvents();
    const imported = importJsonLines(exportJsonLines(events));
    expect(imported.problems).toEqual([]);
    expect(imported.exportedAt).toBeDefined();
    expect(imported.events).toEqual(events);
    const allBytes = imported.events[3] as DataEvent;
    expect([...allBytes.payload]).toEqual([...everyByte]);
  });

  it('keeps the good lines and reports each bad one by its line number', () => {
    const lines = exportJsonLines(sampleEvents().slice(0, 4)).trimEnd().split('\n');
    lines.splice(2, 0, '{"seq": 10, "kind": "data-in"'); // line 3: cut short
    lines.splice(
      4,
      0,
      JSON.stringify({ seq: 11, time: 'x', kind: 'data-in', proto: 'tcp', bytes: 2, hex: 'abc' }),
    ); // line 5
    lines.splice(5, 0, JSON.stringify({ seq: 12, kind: 'teleport', proto: 'tcp' })); // line 6
    lines.push('', '   '); // blank lines are not problems
    const imported = importJsonLines(lines.join('\r\n'));

    expect(imported.events.map((event) => event.seq)).toEqual([1, 2, 3, 4]);
    expect(imported.problems).toEqual([
      { line: 3, reason: 'notJson' },
      { line: 5, reason: 'notEvent', field: 'hex' },
      { line: 6, reason: 'notEvent', field: 'kind' },
    ]);
    expect(imported.problemCount).toBe(3);
  });

  it('refuses a file of another format or version at its header', () => {
    expect(importJsonLines('{"format":"pcap"}\n{}').problems).toEqual([
      { line: 1, reason: 'notCapture' },
    ]);
    expect(importJsonLines('\n{"format":"puerto-capture","version":7}').problems).toEqual([
      { line: 2, reason: 'otherVersion', version: '7' },
    ]);
  });

  it('imports what `puerto serve --json` prints, with no header', () => {
    const events = sampleEvents();
    const text = events.map((event) => JSON.stringify(eventToJson(event))).join('\n');
    const imported = importJsonLines(text);
    expect(imported.problems).toEqual([]);
    expect(imported.events).toHaveLength(events.length);
    const payload = (imported.events[3] as DataEvent).payload;
    expect([...payload]).toEqual([...everyByte]);
    // The CLI prints millisecond ISO times, so only the whole milliseconds survive.
    expect(imported.events[0]?.time).toBe(Math.floor(events[0]!.time));
  });

  it('refuses a payload longer than the bytes said to be on the wire', () => {
    const line = {
      seq: 1,
      time: '2026-11-25T20:00:00Z',
      kind: 'data-in',
      proto: 'udp',
      bytes: 1,
      hex: 'aabb',
    };
    expect(importJsonLines(JSON.stringify(line)).problems).toEqual([
      { line: 1, reason: 'notEvent', field: 'bytes' },
    ]);
  });

  it('numbers events again when two captures joined repeat a sequence number', () => {
    const once = exportJsonLines(sampleEvents().slice(0, 2));
    const imported = importJsonLines(`${once}${once}`);
    expect(imported.events.map((event) => event.seq)).toEqual([1, 2, 3, 4]);
  });

  it('keeps at most `limit` events and counts the rest', () => {
    const imported = importJsonLines(exportJsonLines(sampleEvents()), 5);
    expect(imported.events).toHaveLength(5);
    expect(imported.dropped).toBe(4);
  });
});

/** A small RFC 4180 reader, to check the export by reading it back. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index++;
    } else field += char;
  }
  return rows;
}

describe('capture CSV', () => {
  it('has the header row, CRLF records and a byte order mark for spreadsheets', () => {
    const text = exportCsv(sampleEvents());
    expect(text.startsWith(CSV_BYTE_ORDER_MARK)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = readCsv(text.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(10);
    expect(rows.every((row) => row.length === CSV_COLUMNS.length)).toBe(true);
  });

  it('quotes commas, quotes and line breaks so every value reads back exactly', () => {
    const rows = readCsv(exportCsv(sampleEvents()).slice(1));
    const row = rows[3]!;
    expect(row.slice(0, 7)).toEqual([
      '3',
      new Date(sampleEvents()[2]!.time).toISOString(),
      'data-in',
      'tcp',
      '127.0.0.1:7007',
      '[::1]:51234',
      String(Buffer.byteLength('hola, "mundo"\r\nñ')),
    ]);
    expect(row[8]).toBe('hola, "mundo"\r\nñ');
    expect(exportCsv(sampleEvents())).toContain('"hola, ""mundo""\r\nñ"');
    expect(rows[5]![6]).toBe('9000');
    expect(rows[5]![7]).toBe('c328ff');
  });

  it('defuses text a spreadsheet would run as a formula, keeping the exact hex', () => {
    const formula = new TextEncoder().encode('=HYPERLINK("http://x")');
    const [, row] = readCsv(exportCsv([data(1, 'data-in', formula)]).slice(1));
    expect(row![8]).toBe('\'=HYPERLINK("http://x")');
    expect(row![7]).toBe(Buffer.from(formula).toString('hex'));
  });

  it('leaves the payload columns empty for events without data', () => {
    const [, row] = readCsv(exportCsv(sampleEvents().slice(0, 1)).slice(1));
    expect(row).toEqual([
      '1',
      expect.any(String),
      'listening',
      'tcp',
      '127.0.0.1:7007',
      '',
      '0',
      '',
      '',
    ]);
  });
});
