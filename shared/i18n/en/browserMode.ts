/**
 * Short refusals of the browser-mode web server. They are plain-text HTTP bodies read before
 * any page loads, so the server sends English and Spanish together.
 */
export const browserMode = {
  unauthorized: 'Access denied: open the exact address Puerto printed, including its token.',
  forbiddenHost: 'Refused: Puerto only answers to 127.0.0.1 or localhost with its own port.',
  forbiddenOrigin: 'Refused: this connection does not come from the Puerto page.',
  notFound: 'Not found.',
  badRequest: 'Bad request.',
  methodNotAllowed: 'Only GET and HEAD are allowed.',
};
