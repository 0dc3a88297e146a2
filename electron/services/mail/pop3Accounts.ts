/**
 * Who may read which mailbox over POP3. With accounts configured, exactly those (user and
 * password). Without, any user name reads the mail sent to it: with the instructor's
 * `labPassword` when one is set, else (the default) with itself as password (`alumno` /
 * `alumno`), so a student can read the mail of any address at the lab domain without setup.
 * A lab-only choice: the mail lives in memory and POP3 itself sends passwords in clear.
 */
import type { MailAccount } from './mailOptions';

/** The mailbox (local part) a POP3 user name refers to, or undefined when it is not ours. */
export function mailboxFor(user: string, domain: string): string | undefined {
  const name = user.trim().toLowerCase();
  const at = name.lastIndexOf('@');
  if (at === -1) return name === '' ? undefined : name;
  const host = name.slice(at + 1).replace(/\.$/, '');
  const local = name.slice(0, at);
  return host === domain && local !== '' ? local : undefined;
}

export interface Credentials {
  /** As typed after USER. */
  user: string;
  /** What it refers to (see `mailboxFor`). */
  mailbox: string;
  password: string;
}

export interface AccountRules {
  accounts: readonly MailAccount[] | undefined;
  labPassword: string | undefined;
  domain: string;
}

export function passwordMatches(
  { accounts, labPassword, domain }: AccountRules,
  { user, mailbox, password }: Credentials,
): boolean {
  if (accounts === undefined && labPassword !== undefined) return password === labPassword;
  if (accounts === undefined) return password === user.trim() || password === mailbox;
  return accounts.some(
    (account) => mailboxFor(account.user, domain) === mailbox && account.password === password,
  );
}
