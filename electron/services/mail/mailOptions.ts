/**
 * The smtp and pop3 services' settings with their defaults. Every limit is an option with a
 * safe default, so a lab can loosen one and a careless client cannot grow the server's memory.
 */
import { normalizeDnsName } from '../../../shared/contract/dnsRecords';
import type { BehaviourConfig } from '../../../shared/contract/model';

export type SmtpConfig = Extract<BehaviourConfig, { name: 'smtp' }>;
export type Pop3Config = Extract<BehaviourConfig, { name: 'pop3' }>;

/** RFC 2606 reserves `.example`, so the lab's mail can never leak to a real domain. */
export const LAB_MAIL_DOMAIN = 'lab.example';

export const SMTP_DEFAULTS = {
  maxMessageBytes: 1024 * 1024,
  /** RFC 5321 §4.5.3.1.4 says 512 for commands; ESMTP parameters make real lines longer. */
  maxLineBytes: 1000,
  /** RFC 5321 §4.5.3.2.7: a server should wait at least 5 minutes for the next command. */
  idleSeconds: 300,
} as const;

export const POP3_DEFAULTS = {
  /** RFC 2449 §4 allows 255 octets per command; twice that forgives sloppy clients. */
  maxLineBytes: 512,
  /** RFC 1939 §3: the autologout timer must be at least 10 minutes. */
  idleSeconds: 600,
  /**
   * Commands read but not yet answered while the client does not read its replies. We do not
   * offer PIPELINING (RFC 2449 §6.6), so a real client never comes near it.
   */
  maxPipelinedCommands: 64,
} as const;

export interface SmtpOptions {
  domain: string;
  starttls: boolean;
  maxMessageBytes: number;
  maxLineBytes: number;
  idleMs: number;
}

export interface MailAccount {
  user: string;
  password: string;
}

export interface Pop3Options {
  domain: string;
  /** Undefined: any user name logs in, with `labPassword` or else itself as password. */
  accounts: readonly MailAccount[] | undefined;
  labPassword: string | undefined;
  maxLineBytes: number;
  maxPipelinedCommands: number;
  idleMs: number;
}

function domainOf(text: string | undefined): string {
  return normalizeDnsName(text ?? LAB_MAIL_DOMAIN) ?? LAB_MAIL_DOMAIN;
}

export function smtpOptionsFrom(config: SmtpConfig): SmtpOptions {
  return {
    domain: domainOf(config.domain),
    starttls: config.starttls ?? false,
    maxMessageBytes: config.maxMessageBytes ?? SMTP_DEFAULTS.maxMessageBytes,
    maxLineBytes: config.maxLineBytes ?? SMTP_DEFAULTS.maxLineBytes,
    idleMs: (config.idleSeconds ?? SMTP_DEFAULTS.idleSeconds) * 1000,
  };
}

export function pop3OptionsFrom(config: Pop3Config): Pop3Options {
  return {
    domain: domainOf(config.domain),
    accounts: config.accounts,
    labPassword: config.labPassword,
    maxLineBytes: config.maxLineBytes ?? POP3_DEFAULTS.maxLineBytes,
    maxPipelinedCommands: config.maxPipelinedCommands ?? POP3_DEFAULTS.maxPipelinedCommands,
    idleMs: (config.idleSeconds ?? POP3_DEFAULTS.idleSeconds) * 1000,
  };
}
