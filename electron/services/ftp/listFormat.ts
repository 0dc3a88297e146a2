/**
 * One line of a LIST reply in the `ls -l` style every FTP client parses. Owner and group are
 * always "ftp": the server's own user and group numbers are none of the client's business.
 */
import type { Stats } from 'node:fs';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const HALF_YEAR_MS = 182 * 24 * 60 * 60 * 1000;

function permissions(stats: Stats): string {
  const bits = 'rwxrwxrwx'
    .split('')
    .map((letter, index) => (stats.mode & (1 << (8 - index)) ? letter : '-'))
    .join('');
  return (stats.isDirectory() ? 'd' : '-') + bits;
}

/** `ls` shows the time for recent files and the year for older ones. */
function when(modified: Date, now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  const day = `${MONTHS[modified.getUTCMonth()]} ${pad(modified.getUTCDate())}`;
  const recent = Math.abs(now.getTime() - modified.getTime()) < HALF_YEAR_MS;
  return recent
    ? `${day} ${pad(modified.getUTCHours())}:${pad(modified.getUTCMinutes())}`
    : `${day}  ${modified.getUTCFullYear()}`;
}

export function listLine(stats: Stats & { name: string }, now = new Date()): string {
  const size = String(stats.size).padStart(12);
  return `${permissions(stats)} 1 ftp ftp ${size} ${when(stats.mtime, now)} ${stats.name}`;
}
