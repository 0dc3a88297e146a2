import { describe, expect, it } from 'vitest';
import { probeReport } from '../../electron/cli/probeReport';
import type { ProbeResult } from '../../shared/contract/probe';

function result(overrides: Partial<ProbeResult>): ProbeResult {
  return {
    protocol: 'tcp',
    host: 'pc-ana',
    address: '192.168.1.20',
    port: 7007,
    outcome: 'reachable',
    elapsedMs: 4.2,
    ...overrides,
  };
}

describe('what probe prints', () => {
  it('explains a timeout as a firewall or a wrong address, with advice for each system', () => {
    for (const locale of ['en', 'es'] as const) {
      const lines = probeReport(result({ outcome: 'timed-out', elapsedMs: 3_000 }), 3_000, locale);
      const text = lines.join('\n');
      expect(lines[0]).toContain('192.168.1.20:7007');
      expect(lines[0]).toContain('3 s');
      expect(text).toContain('sudo ufw allow 7007/tcp');
      expect(text).toContain('firewall-cmd --add-port=7007/tcp');
      expect(text).toContain('Windows Defender');
      // The same command the window's firewall help offers, for exactly this port.
      expect(text).toContain('New-NetFirewallRule -DisplayName "Puerto TCP 7007"');
      expect(text).toContain('macOS');
      expect(text).toContain('node');
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });

  it('gives UDP silence the UDP advice', () => {
    const text = probeReport(
      result({ protocol: 'udp', outcome: 'no-answer', port: 53 }),
      1_000,
      'en',
    ).join('\n');
    expect(text).toContain('No answer from UDP port 53 at 192.168.1.20 within 1 s');
    expect(text).toContain('sudo ufw allow 53/udp');
  });

  it('says reachable and refused without firewall advice', () => {
    const reachable = probeReport(result({}), 3_000, 'en');
    expect(reachable[0]).toBe('TCP pc-ana:7007 is reachable (answered in 4 ms)');
    const refused = probeReport(result({ outcome: 'refused' }), 3_000, 'en').join('\n');
    expect(refused).toContain('Nothing listens on TCP port 7007 at 192.168.1.20');
    expect(refused).toContain('TCP and UDP port numbers are independent');
    expect(refused).not.toContain('ufw');
  });

  it('explains an unreachable address with the error it carries', () => {
    const lines = probeReport(
      result({
        host: 'pc-nadie',
        address: undefined,
        outcome: 'unreachable',
        error: {
          code: 'HOST_NOT_FOUND',
          message: 'getaddrinfo ENOTFOUND pc-nadie',
          details: { host: 'pc-nadie' },
        },
      }),
      3_000,
      'es',
    );
    expect(lines[0]).toBe('No se puede llegar a pc-nadie');
    expect(lines.join('\n')).toContain('pc-nadie');
    expect(lines.join('\n')).not.toMatch(/\{\w+\}/);
  });
});
