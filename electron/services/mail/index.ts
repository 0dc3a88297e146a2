/**
 * The classic Internet services: smtp and pop3, sharing one mailbox per engine (kept in the
 * service context, so the host can show it with `getMailbox`).
 */
import type { ServiceCommandHandlers } from '../../../shared/contract/api';
import type { Behaviour } from '../../engine';
import type { ServiceContext } from '../context';
import { Mailbox } from './mailbox';
import { pop3Behaviour } from './pop3Behaviour';
import { smtpBehaviour } from './smtpBehaviour';

export { Mailbox } from './mailbox';

/** The context's mailbox, created the first time a service or the host asks for it. */
export function mailboxOf(context: ServiceContext): Mailbox {
  context.mailbox ??= new Mailbox();
  return context.mailbox;
}

export function mailServices(context: ServiceContext): Behaviour<{ name: string }>[] {
  const mailbox = mailboxOf(context);
  return [smtpBehaviour(mailbox), pop3Behaviour(mailbox)] as unknown as Behaviour<{
    name: string;
  }>[];
}

/** `getMailbox` for the host: what the smtp service received, parsed. */
export function mailHandlers(context: ServiceContext): ServiceCommandHandlers {
  return { getMailbox: async () => mailboxOf(context).contents() };
}
