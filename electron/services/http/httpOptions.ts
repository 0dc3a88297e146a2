/**
 * The http service's settings with their defaults. Every limit is an option with a safe
 * default, so a lab can loosen one without code changes and a careless client cannot grow
 * the server's memory.
 */
import type { BehaviourConfig } from '../../../shared/contract/model';
import type { JailedFolder } from '../files/jailedFolder';
import { openServedFolder } from '../files/openFolder';

export type HttpConfig = Extract<BehaviourConfig, { name: 'http' }>;

export const HTTP_DEFAULTS = {
  /** A POST body larger than this is answered 413 Content Too Large (RFC 9110 §15.5.14). */
  maxBodyBytes: 64 * 1024,
  /** A head larger than this is answered 431 (RFC 6585 §5); node:http's own default too. */
  maxHeaderBytes: 16 * 1024,
  /** Long enough for a student typing a request in netcat. */
  idleSeconds: 60,
  /**
   * From a request's first byte to the end of its head. Bounds slowloris (a head sent a byte
   * at a time) while leaving a student time to type `GET / HTTP/1.1` and `Host:` into netcat.
   */
  headerTimeoutSeconds: 30,
  /** After a response, until the next request starts: node:http's and Apache's default. */
  keepAliveSeconds: 5,
} as const;

export interface HttpOptions {
  /** Undefined: the built-in welcome page instead of a folder. */
  folder: JailedFolder | undefined;
  maxBodyBytes: number;
  maxHeaderBytes: number;
  idleMs: number;
  headerTimeoutMs: number;
  keepAliveMs: number;
}

export function httpOptionsFrom(config: HttpConfig): HttpOptions {
  return {
    folder:
      config.folder === undefined ? undefined : openServedFolder(config.folder, 'behaviour.folder'),
    maxBodyBytes: config.maxBodyBytes ?? HTTP_DEFAULTS.maxBodyBytes,
    maxHeaderBytes: config.maxHeaderBytes ?? HTTP_DEFAULTS.maxHeaderBytes,
    idleMs: (config.idleSeconds ?? HTTP_DEFAULTS.idleSeconds) * 1000,
    headerTimeoutMs: (config.headerTimeoutSeconds ?? HTTP_DEFAULTS.headerTimeoutSeconds) * 1000,
    keepAliveMs: (config.keepAliveSeconds ?? HTTP_DEFAULTS.keepAliveSeconds) * 1000,
  };
}
