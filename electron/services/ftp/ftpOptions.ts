/**
 * The ftp service's settings with their documented defaults: anonymous read access, one lab
 * account `alumno` / `alumno` that may write, the built-in sample tree as the root, passive
 * ports chosen by the system, and an idle limit on control connections.
 */
import type { BehaviourConfig } from '../../../shared/contract/model';
import type { JailedFolder } from '../files/jailedFolder';
import { openServedFolder } from '../files/openFolder';
import type { ServiceContext } from '../context';
import { createSampleRoot } from './sampleTree';

export type FtpConfig = Extract<BehaviourConfig, { name: 'ftp' }>;

export interface FtpAccount {
  user: string;
  password: string;
}

export const FTP_DEFAULTS = {
  accounts: [{ user: 'alumno', password: 'alumno' }] as readonly FtpAccount[],
  /** RFC 1635: `anonymous` (and `ftp`) with any password, traditionally an e-mail address. */
  anonymousUsers: ['anonymous', 'ftp'] as readonly string[],
  /** Like vsftpd's idle_session_timeout. */
  idleSeconds: 300,
  /** A command line longer than this is answered 500 and dropped (paths are at most 4096). */
  maxLineBytes: 8 * 1024,
} as const;

export interface PassivePortRange {
  min: number;
  max: number;
}

export interface FtpOptions {
  folder: JailedFolder;
  readOnly: boolean;
  anonymous: boolean;
  accounts: readonly FtpAccount[];
  /** Undefined: each passive data port is chosen by the system. */
  passivePorts: PassivePortRange | undefined;
  idleMs: number;
  maxLineBytes: number;
  /** Called when the server stops (removes a temporary sample tree). */
  release(): void;
}

function passiveRange(config: FtpConfig): PassivePortRange | undefined {
  if (config.passivePortMin === undefined && config.passivePortMax === undefined) return undefined;
  const min = config.passivePortMin ?? 1024;
  const max = config.passivePortMax ?? 65535;
  return { min: Math.min(min, max), max: Math.max(min, max) };
}

export function ftpOptionsFrom(config: FtpConfig, context: ServiceContext): FtpOptions {
  const sample = config.root === undefined ? createSampleRoot(context.dataDir) : undefined;
  try {
    return {
      folder: openServedFolder(config.root ?? sample?.folder ?? '', 'behaviour.root'),
      readOnly: config.readOnly ?? false,
      anonymous: config.anonymous ?? true,
      accounts: config.accounts ?? FTP_DEFAULTS.accounts,
      passivePorts: passiveRange(config),
      idleMs: (config.idleSeconds ?? FTP_DEFAULTS.idleSeconds) * 1000,
      maxLineBytes: FTP_DEFAULTS.maxLineBytes,
      release: () => sample?.release(),
    };
  } catch (cause) {
    sample?.release();
    throw cause;
  }
}
