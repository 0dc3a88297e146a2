import { describe, expect, it } from 'vitest';
import { policyForPort } from '../../electron/web/responses';

describe('policyForPort', () => {
  it("replaces the page's connect-src with this server's own origins, in place", () => {
    const page = "default-src 'self'; connect-src 'self' ws: wss: *; img-src 'self' data:";
    expect(policyForPort(page, 7780)).toBe(
      "default-src 'self'; connect-src 'self' ws://127.0.0.1:7780 ws://localhost:7780; img-src 'self' data:",
    );
  });

  it('adds connect-src when the page has none (default-src would allow less than the page needs)', () => {
    expect(policyForPort("default-src 'self';", 4100)).toBe(
      "default-src 'self'; connect-src 'self' ws://127.0.0.1:4100 ws://localhost:4100",
    );
  });

  it('does not mistake a directive that only starts alike for connect-src', () => {
    const policy = policyForPort("connect-srcx 'none'; CONNECT-SRC *", 9);
    expect(policy).toBe(
      "connect-srcx 'none'; connect-src 'self' ws://127.0.0.1:9 ws://localhost:9",
    );
  });
});
