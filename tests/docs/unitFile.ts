/**
 * Reads a systemd unit file the way systemd does for what the tests need (systemd.syntax(7)):
 * `[Section]` headers, `Key=Value` lines, `#` and `;` comments, a trailing backslash joining
 * the next line, and a key given twice keeping both values.
 */
export type UnitFile = Record<string, Record<string, string[]>>;

export function parseUnitFile(text: string): UnitFile {
  const unit: UnitFile = {};
  let section: Record<string, string[]> | undefined;
  let pending = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (pending === '' && (line === '' || line.startsWith('#') || line.startsWith(';'))) continue;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1).trim()} `;
      continue;
    }
    const whole = `${pending}${line}`.trim();
    pending = '';
    const header = /^\[([^\]]+)\]$/.exec(whole);
    if (header) {
      section = unit[header[1] ?? ''] ??= {};
      continue;
    }
    const separator = whole.indexOf('=');
    if (section === undefined || separator === -1) {
      throw new Error(`Not a unit file line: ${whole}`);
    }
    const key = whole.slice(0, separator).trim();
    (section[key] ??= []).push(whole.slice(separator + 1).trim());
  }
  return unit;
}
