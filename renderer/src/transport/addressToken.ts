/**
 * The token leaves the address bar once the page has loaded (issue 12). The server answered
 * that load with an HttpOnly cookie holding the token, so a reload and the WebSocket still get
 * in, while the address no longer shows the secret in screenshots, screen shares, the history
 * or a link copied to a classmate. The printed address (and an old bookmark) keeps working.
 */
import { TOKEN_QUERY } from '../../../shared/contract/browserSessions';

type AddressScope = Pick<Window, 'location'> & {
  history?: Pick<History, 'state' | 'replaceState'>;
  navigator?: Pick<Navigator, 'cookieEnabled'>;
};

/** Removes `?token=` from the visible address, keeping the path, other parameters and hash. */
export function removeTokenFromAddress(scope: AddressScope): void {
  // Without cookies a reload could only get in with the token: leave it where it is.
  if (scope.history === undefined || scope.navigator?.cookieEnabled === false) return;
  const address = new URL(scope.location.href);
  if (!address.searchParams.has(TOKEN_QUERY)) return;
  address.searchParams.delete(TOKEN_QUERY);
  scope.history.replaceState(
    scope.history.state,
    '',
    address.pathname + address.search + address.hash,
  );
}
