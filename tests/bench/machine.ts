/** The machine a run was made on, printed with every table so figures are never read alone. */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { openFilesLimit } from './support/openFiles';
import { isInstalled } from './support/servers';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  os: string;
  date: string;
  openFilesLimit: number;
  socat: string | null;
  /** 1-minute load average at the start and the end: the machine is shared, so say how busy. */
  loadAtStart: number;
  loadAtEnd?: number;
}

export function oneMinuteLoad(): number {
  return Math.round((loadavg()[0] ?? NaN) * 100) / 100;
}

/** "socat version 1.7.4.4 on …" from `socat -V`, or null when socat is not installed. */
function socatVersion(): string | null {
  if (!isInstalled('socat')) return null;
  try {
    const output = execFileSync('socat', ['-V'], { encoding: 'utf8', stdio: 'pipe' });
    return /socat version (\S+)/.exec(output)?.[1] ?? 'installed';
  } catch {
    return null;
  }
}

export function describeMachine(): Machine {
  const processors = cpus();
  return {
    cpu: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryGb: Math.round((totalmem() / 1e9) * 10) / 10,
    node: process.version,
    os: `Linux ${release()}`,
    date: new Date().toISOString(),
    openFilesLimit: openFilesLimit(),
    socat: socatVersion(),
    loadAtStart: oneMinuteLoad(),
  };
}
