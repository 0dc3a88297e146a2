/**
 * Export and import of the capture as files: JSON Lines (which Puerto reads back) and CSV (for
 * spreadsheets). What a step tells the student is returned as an i18n key and its parameters,
 * so the components show it in the current language.
 */
import type { PuertoEvent } from '../../../shared/contract';
import { exportCsv, exportJsonLines, importJsonLines } from '../../../shared/capture/captureFile';
import type { ImportProblem } from '../../../shared/capture/captureFile';
import { toPlainArray } from './arrayWindow';
import { captureFileName, downloadText } from './downloadFile';

export type CaptureFormat = 'jsonl' | 'csv';

type Params = Record<string, string | number>;

export interface CaptureNotice {
  type: 'success' | 'warning' | 'error';
  key: string;
  params: Params;
  /** A message of its own, shown as the `{reason}` of `key`. */
  reason?: { key: string; params: Params };
}

/** Larger files would keep a student's browser busy for a long time; the live capture is capped too. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;
const MEBIBYTE = 1024 * 1024;

const MEDIA_TYPES: Record<CaptureFormat, string> = {
  jsonl: 'application/x-ndjson;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
};

export function exportCapture(
  events: readonly PuertoEvent[],
  format: CaptureFormat,
  now: Date = new Date(),
): CaptureNotice {
  if (events.length === 0) {
    return { type: 'warning', key: 'workspace.capture.nothingToExport', params: {} };
  }
  const name = captureFileName(now, format);
  // The capture's array reads each event through a view: one copy makes the export's loops plain.
  const plain = toPlainArray(events);
  const text = format === 'jsonl' ? exportJsonLines(plain, now) : exportCsv(plain);
  downloadText(name, text, MEDIA_TYPES[format]);
  return {
    type: 'success',
    key: 'workspace.capture.exported',
    params: { count: events.length, name },
  };
}

export interface ImportedFile {
  name: string;
  events: PuertoEvent[];
  problems: ImportProblem[];
  problemCount: number;
  dropped: number;
  exportedAt?: string;
}

export type ImportOutcome = { ok: true; file: ImportedFile } | { ok: false; notice: CaptureNotice };

export async function readCaptureFile(file: File, limit?: number): Promise<ImportOutcome> {
  const refuse = (key: string, params: Params = {}, reason?: CaptureNotice['reason']) => ({
    ok: false as const,
    notice: { type: 'error' as const, key, params: { name: file.name, ...params }, reason },
  });
  if (file.size > MAX_IMPORT_BYTES) {
    return refuse('workspace.capture.tooLarge', {
      size: Math.ceil(file.size / MEBIBYTE),
      limit: MAX_IMPORT_BYTES / MEBIBYTE,
    });
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return refuse('workspace.capture.readFailed');
  }
  const read = importJsonLines(text, limit);
  if (read.events.length > 0) return { ok: true, file: { name: file.name, ...read } };
  // A file refused at its header is not a capture at all: say that rather than "no events".
  const header = read.problems.find(
    (problem) => problem.reason === 'notCapture' || problem.reason === 'otherVersion',
  );
  if (header === undefined) return refuse('workspace.capture.noEvents');
  return refuse(
    'workspace.capture.refused',
    {},
    {
      key: `workspace.capture.problems.${header.reason}`,
      params: { version: header.version ?? '' },
    },
  );
}
