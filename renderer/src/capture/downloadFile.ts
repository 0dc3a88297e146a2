/**
 * Saves text as a file the browser downloads: the same in browser mode and in Electron, with
 * no file-system access for the page (a Blob, an object URL and an `<a download>`).
 */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not now: some browsers start reading the Blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const two = (value: number) => String(value).padStart(2, '0');

/** `puerto-capture-2026-11-25-19-30-12.jsonl`, in the student's local time. */
export function captureFileName(date: Date, extension: 'jsonl' | 'csv'): string {
  const day = `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
  const time = `${two(date.getHours())}-${two(date.getMinutes())}-${two(date.getSeconds())}`;
  return `puerto-capture-${day}-${time}.${extension}`;
}
