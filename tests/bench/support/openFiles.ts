/**
 * Holding thousands of connections needs as many file descriptors in the server and in the
 * client. Children inherit the runner's limit, so the runner raises its own (prlimit, as root
 * or within the hard limit) before such a scenario and says what it found.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export function openFilesLimit(): number {
  const limits = readFileSync('/proc/self/limits', 'utf8');
  const match = /^Max open files\s+(\d+|unlimited)/m.exec(limits);
  if (!match) return NaN;
  return match[1] === 'unlimited' ? Infinity : Number(match[1]);
}

/** Ensures at least `needed` descriptors for this process and the children it starts next. */
export function raiseOpenFilesLimit(needed: number): void {
  if (openFilesLimit() >= needed) return;
  try {
    execFileSync('prlimit', ['--pid', String(process.pid), `--nofile=${needed}:${needed}`]);
  } catch (cause) {
    throw new Error(`open files limit ${openFilesLimit()} < ${needed} and prlimit failed`, {
      cause,
    });
  }
  if (openFilesLimit() < needed) {
    throw new Error(`open files limit is still ${openFilesLimit()} < ${needed}`);
  }
}
