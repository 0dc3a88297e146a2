/**
 * What the classic services share within one engine: created once by `createLabEngine` and
 * handed to every service factory. (The mail services add their mailbox here.)
 */
export interface ServiceContext {
  /** Where services may keep files (uploads, mail); undefined keeps everything in memory. */
  dataDir?: string;
}
