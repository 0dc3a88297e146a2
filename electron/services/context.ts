/**
 * What the classic services share within one engine: created once by `createLabEngine` and
 * handed to every service factory.
 */
import type { Mailbox } from './mail/mailbox';

export interface ServiceContext {
  /** Where services may keep files (uploads, mail); undefined keeps everything in memory. */
  dataDir?: string;
  /**
   * The lab mailbox the smtp service fills and the pop3 service serves; created by the mail
   * services when absent, so a host that passes the same context can show it (`getMailbox`).
   */
  mailbox?: Mailbox;
}
