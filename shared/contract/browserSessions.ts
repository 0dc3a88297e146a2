/** The query parameter of the address `puerto web` prints; the page then holds it in a cookie. */
export const TOKEN_QUERY = 'token';

/**
 * How browser mode tells a tab it was turned away because the server already serves as many
 * tabs as it allows (issue 12). 1013 is RFC 6455 §7.4.1's "Try Again Later": the tab keeps
 * knocking and gets in as soon as another tab closes.
 */
export const TOO_MANY_TABS_CLOSE_CODE = 1013;

/** The close reason (at most 123 bytes, RFC 6455 §5.5), read by whoever looks at the frames. */
export function tooManyTabsReason(limit: number): string {
  return `Puerto: too many open tabs (${limit})`;
}
