/**
 * Capture files: JSON Lines (one event per line after a header line) that Puerto exports and
 * imports, and CSV for spreadsheets. Import checks every line on its own, keeps the good ones
 * and reports each bad one by its line number, so one damaged line never loses a whole lab.
 */
import type { PuertoEvent } from '../contract/events';
import { eventToLine, lineToEvent } from './captureLine';

export { CSV_BYTE_ORDER_MARK, CSV_COLUMNS, csvField, defuseFormula, exportCsv } from './captureCsv';
export { eventToLine, lineToEvent } from './captureLine';
export type { CaptureLine, LineResult } from './captureLine';

export const CAPTURE_FORMAT = 'puerto-capture';
export const CAPTURE_VERSION = 1;

export interface CaptureHeader {
  format: typeof CAPTURE_FORMAT;
  version: typeof CAPTURE_VERSION;
  exportedAt: string;
  events: number;
}

/** Most events one import keeps: what the window's capture holds. */
export const IMPORT_EVENT_LIMIT = 100_000;
/** Most bad lines reported one by one; the rest are only counted. */
export const REPORTED_PROBLEM_LIMIT = 50;

export function exportJsonLines(
  events: readonly PuertoEvent[],
  exportedAt: Date = new Date(),
): string {
  const header: CaptureHeader = {
    format: CAPTURE_FORMAT,
    version: CAPTURE_VERSION,
    exportedAt: exportedAt.toISOString(),
    events: events.length,
  };
  const lines = [
    JSON.stringify(header),
    ...events.map((event) => JSON.stringify(eventToLine(event))),
  ];
  return `${lines.join('\n')}\n`;
}

/** Why a line was not used; each is an i18n key under `workspace.capture.problems`. */
export type ImportProblemReason = 'notJson' | 'notEvent' | 'notCapture' | 'otherVersion';

export interface ImportProblem {
  /** 1-based, as an editor shows it. */
  line: number;
  reason: ImportProblemReason;
  /** `notEvent`: the first field that was missing or wrong. */
  field?: string;
  /** `otherVersion`: the version the file claims. */
  version?: string;
}

export interface ImportedCaptureFile {
  events: PuertoEvent[];
  /** The first `REPORTED_PROBLEM_LIMIT` bad lines. */
  problems: ImportProblem[];
  /** Every bad line, reported or not. */
  problemCount: number;
  /** Good events left out beyond `limit`. */
  dropped: number;
  /** Set when the file had a header line (a capture exported by Puerto). */
  exportedAt?: string;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function isHeaderLike(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && 'format' in value;
}

/**
 * Two files joined, or lines edited by hand, can repeat a sequence number; the views tell
 * events apart by it, so then every event is numbered again in file order.
 */
function withUniqueSeq(events: PuertoEvent[]): PuertoEvent[] {
  const seen = new Set<number>();
  for (const event of events) {
    if (seen.has(event.seq)) return events.map((item, index) => ({ ...item, seq: index + 1 }));
    seen.add(event.seq);
  }
  return events;
}

export function importJsonLines(text: string, limit = IMPORT_EVENT_LIMIT): ImportedCaptureFile {
  const result: ImportedCaptureFile = { events: [], problems: [], problemCount: 0, dropped: 0 };
  const report = (problem: ImportProblem) => {
    result.problemCount += 1;
    if (result.problems.length < REPORTED_PROBLEM_LIMIT) result.problems.push(problem);
  };
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let sawContent = false;
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    if (raw.trim() === '') continue;
    const parsed = parseJson(raw);
    const first = !sawContent;
    sawContent = true;
    if (!parsed.ok) {
      report({ line, reason: 'notJson' });
      continue;
    }
    // The header is optional, so the lines `puerto serve --json` prints import as they are.
    if (first && isHeaderLike(parsed.value)) {
      const header = parsed.value;
      if (header.format !== CAPTURE_FORMAT) {
        report({ line, reason: 'notCapture' });
        return result;
      }
      if (header.version !== CAPTURE_VERSION) {
        report({ line, reason: 'otherVersion', version: String(header.version) });
        return result;
      }
      if (typeof header.exportedAt === 'string') result.exportedAt = header.exportedAt;
      continue;
    }
    const read = lineToEvent(parsed.value);
    if (!read.ok) {
      report({ line, reason: 'notEvent', field: read.field });
      continue;
    }
    if (result.events.length < limit) result.events.push(read.event);
    else result.dropped += 1;
  }
  result.events = withUniqueSeq(result.events);
  return result;
}
