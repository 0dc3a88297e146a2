import { describe, expect, it } from 'vitest';
import { buildServerRows } from '../../../renderer/src/components/servers/serverRows';
import { serverInfo, serverPlan } from './serverFixtures';

const shape = (rows: ReturnType<typeof buildServerRows>) =>
  rows.map((row) => ({ server: row.server?.id, plan: row.plan?.key }));

describe('buildServerRows', () => {
  it('shows a plan on the server it describes', () => {
    const rows = buildServerRows([serverInfo({ id: 's1' })], [serverPlan({ key: 'p1' })]);
    expect(shape(rows)).toEqual([{ server: 's1', plan: 'p1' }]);
  });

  it('lists a plan nothing runs (after a restart) on its own', () => {
    const rows = buildServerRows([], [serverPlan({ key: 'p1' })]);
    expect(shape(rows)).toEqual([{ server: undefined, plan: 'p1' }]);
  });

  it('keeps TCP and UDP on the same port apart', () => {
    const rows = buildServerRows(
      [serverInfo({ id: 'udp', protocol: 'udp' })],
      [serverPlan({ key: 'tcp-plan', protocol: 'tcp' })],
    );
    expect(shape(rows)).toEqual([
      { server: 'udp', plan: undefined },
      { server: undefined, plan: 'tcp-plan' },
    ]);
  });

  it('matches a plan for "any free port" by the port asked for, not the one given', () => {
    const rows = buildServerRows(
      [serverInfo({ id: 's1', requestedPort: 0, port: 40123 })],
      [serverPlan({ key: 'p1', port: 0 })],
    );
    expect(shape(rows)).toEqual([{ server: 's1', plan: 'p1' }]);
  });

  it('gives the plan to the running server rather than an older stopped one', () => {
    const rows = buildServerRows(
      [
        serverInfo({ id: 'old', status: 'stopped', startedAt: 1 }),
        serverInfo({ id: 'new', status: 'listening', startedAt: 2 }),
      ],
      [serverPlan({ key: 'p1' })],
    );
    expect(shape(rows)).toEqual([
      { server: 'old', plan: undefined },
      { server: 'new', plan: 'p1' },
    ]);
  });

  it('does not match a different behaviour or bind', () => {
    const rows = buildServerRows(
      [
        serverInfo({ id: 'manual', behaviour: { name: 'manual' } }),
        serverInfo({ id: 'loop', bind: { mode: 'loopback', family: 'IPv4' } }),
      ],
      [serverPlan({ key: 'p1' })],
    );
    expect(rows.filter((row) => row.plan !== undefined).map((row) => row.server)).toEqual([
      undefined,
    ]);
  });
});
