/**
 * The classic Internet services: smtp and pop3, sharing one mailbox per engine (kept in the
 * service context, so the host can show it with `getMailbox`). Registered lazily: smtp-server
 * and mailparser load when the first mail server starts (issue 10); the mailbox needs neither.
 */
import type { ServiceCommandHandlers } from '../../../shared/contract/api';
import type { Behaviour, LazyBehaviour } from '../../engine';
import type { ServiceContext } from '../context';
import { Mailbox } from './mailbox';

export { Mailbox } from './mailbox';

/** The context's mailbox, created the first time a service or the host asks for it. */
export function mailboxOf(context: ServiceContext): Mailbox {
  context.mailbox ??= new Mailbox();
  return context.mailbox;
}

type AnyBehaviour = Behaviour<{ name: string }>;

export function mailServices(context: ServiceContext): LazyBehaviour[] {
  const mailbox = mailboxOf(context);
  return [
    {
      name: 'smtp',
      protocols: ['tcp'],
      load: async () =>
        (await import('./smtpBehaviour')).smtpBehaviour(mailbox) as unknown as AnyBehaviour,
    },
    {
      name: 'pop3',
      protocols: ['tcp'],
      load: async () =>
        (await import('./pop3Behaviour')).pop3Behaviour(mailbox) as unknown as AnyBehaviour,
    },
  ];
}

/** `getMailbox` for the host: what the smtp service received, parsed. */
export function mailHandlers(context: ServiceContext): ServiceCommandHandlers {
  return { getMailbox: async () => mailboxOf(context).contents() };
}
