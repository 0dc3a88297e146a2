import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PuertoEvent } from '../../../shared/contract';
import { exportJsonLines } from '../../../shared/capture/captureFile';
import {
  MAX_IMPORT_BYTES,
  exportCapture,
  readCaptureFile,
} from '../../../renderer/src/capture/captureTransfer';
import { captureFileName } from '../../../renderer/src/capture/downloadFile';
import { dataEvent, lifecycleEvent } from '../support/events';

/** What the page handed the browser to download: the file name and the Blob's text. */
function recordDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return `blob:puerto/${blobs.length}`;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    names.push(this.download);
  });
  return { blobs, names };
}

const events: PuertoEvent[] = [
  lifecycleEvent(1, 'listening'),
  dataEvent(2, 'data-in', 'hola, "tú"\n'),
];

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout'] }));
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('exportCapture', () => {
  it('downloads the events as JSON Lines under a dated name', async () => {
    const downloads = recordDownloads();
    const when = new Date(2026, 10, 25, 9, 5, 7);
    const notice = exportCapture(events, 'jsonl', when);

    expect(downloads.names).toEqual(['puerto-capture-2026-11-25-09-05-07.jsonl']);
    expect(await downloads.blobs[0]?.text()).toBe(exportJsonLines(events, when));
    expect(notice).toEqual({
      type: 'success',
      key: 'workspace.capture.exported',
      params: { count: 2, name: 'puerto-capture-2026-11-25-09-05-07.jsonl' },
    });
    expect(document.querySelectorAll('a[download]')).toHaveLength(0);
  });

  it('downloads CSV with the payload quoted', async () => {
    const downloads = recordDownloads();
    exportCapture(events, 'csv');
    const text = await downloads.blobs[0]!.text();
    expect(downloads.names[0]).toMatch(/\.csv$/);
    expect(text).toContain('"hola, ""tú""\n"');
  });

  it('says there is nothing to export instead of saving an empty file', () => {
    const downloads = recordDownloads();
    expect(exportCapture([], 'csv').key).toBe('workspace.capture.nothingToExport');
    expect(downloads.names).toEqual([]);
  });

  it('names files in local time', () => {
    expect(captureFileName(new Date(2027, 0, 2, 23, 59, 1), 'csv')).toBe(
      'puerto-capture-2027-01-02-23-59-01.csv',
    );
  });
});

describe('readCaptureFile', () => {
  it('reads the good events and the bad lines of a file', async () => {
    const text = `${exportJsonLines(events)}{oops\n`;
    const outcome = await readCaptureFile(new File([text], 'lab3.jsonl'));
    if (!outcome.ok) throw new Error('expected the file to be read');
    expect(outcome.file.name).toBe('lab3.jsonl');
    expect(outcome.file.events).toEqual(events);
    expect(outcome.file.problems).toEqual([{ line: 4, reason: 'notJson' }]);
  });

  it('refuses a file that is too large before reading it', async () => {
    const file = new File(['x'], 'huge.jsonl');
    Object.defineProperty(file, 'size', { value: MAX_IMPORT_BYTES + 1 });
    const read = vi.spyOn(file, 'text');
    expect(await readCaptureFile(file)).toMatchObject({
      ok: false,
      notice: { type: 'error', key: 'workspace.capture.tooLarge', params: { limit: 64, size: 65 } },
    });
    expect(read).not.toHaveBeenCalled();
  });

  it('says when a file is not a Puerto capture, or holds no events', async () => {
    expect(await readCaptureFile(new File(['{"format":"har"}\n'], 'x.json'))).toMatchObject({
      ok: false,
      notice: {
        key: 'workspace.capture.refused',
        reason: { key: 'workspace.capture.problems.notCapture' },
      },
    });
    expect(await readCaptureFile(new File(['\n\n'], 'empty.jsonl'))).toMatchObject({
      ok: false,
      notice: { key: 'workspace.capture.noEvents', params: { name: 'empty.jsonl' } },
    });
  });
});
