/**
 * Many idle connections held at once: the time to open them all (each proven served by one
 * echoed byte), how many failed, and the server's RSS while it holds them.
 */
import { defineScenario, metric } from '../scenario';
import { sleep } from '../support/children';
import { freePort } from '../support/freePort';
import { loadReports, numberField, startLoad } from '../support/loadGenerators';
import { MB, treeResidentBytes } from '../support/memory';
import { openFilesLimit, raiseOpenFilesLimit } from '../support/openFiles';
import { startPuerto, startRawNode } from '../support/servers';

interface TcpHoldSize {
  connections: number;
  /** Connections being opened at once. */
  inFlight: number;
  /** A connection not served within this many ms counts as a failure. */
  connectTimeoutMs: number;
}

/** Spare descriptors beyond the connections: the process's own files, pipes and sockets. */
const SPARE_DESCRIPTORS = 512;

export const tcpHoldScenario = defineScenario<TcpHoldSize>({
  name: 'tcp-hold',
  quick: { connections: 200, inFlight: 100, connectTimeoutMs: 10_000 },
  full: { connections: 5_000, inFlight: 200, connectTimeoutMs: 10_000 },
  method: (size) =>
    `${size.connections.toLocaleString('en-US')} connections opened (${size.inFlight} at a time), ` +
    'each counted once it echoed one byte, then held; RSS of the server (and its children) ' +
    `0.5 s after the last opened; open files limit ${openFilesLimit()} ` +
    `(raised with prlimit when below connections + ${SPARE_DESCRIPTORS}); ` +
    'Puerto is `serve --tcp P:echo` vs raw Node s.pipe(s)',
  timeoutMs: (size) => 30_000 + size.connections * 20,
  metrics: () => [
    metric({
      key: 'openSeconds',
      label: 'seconds to open all',
      unit: 's',
    }),
    metric({
      key: 'failures',
      label: 'connections failed',
      unit: '',
      ratio: false,
      positive: false,
    }),
    metric({ key: 'rssMb', label: 'server RSS while holding', unit: 'MB' }),
  ],
  async open(size) {
    raiseOpenFilesLimit(size.connections + SPARE_DESCRIPTORS);
    return {
      contenders: ['puerto', 'node'],
      async measure(contender, { scope, timeLeft }) {
        const port = await freePort();
        const server =
          contender === 'puerto'
            ? await startPuerto(scope, port, { tcp: 'echo' })
            : await startRawNode(scope, port, 'tcpEcho');
        const load = startLoad(scope, 'tcpHoldLoad', {
          port,
          count: size.connections,
          inFlight: size.inFlight,
          timeout: size.connectTimeoutMs,
        });
        await load.waitFor((child) => loadReports(child).length >= 1, timeLeft());
        const [opened] = loadReports(load);
        await sleep(500);
        const rssMb = treeResidentBytes(server.process.pid) / MB;
        load.child.stdin?.end('close\n');
        await load.waitFor((child) => loadReports(child).length >= 2, timeLeft());
        const closed = loadReports(load)[1];
        if (opened === undefined || closed === undefined) throw new Error('no load report');
        const droppedWhileHeld = numberField(closed, 'opened') - numberField(closed, 'stillOpen');
        return {
          openSeconds: numberField(opened, 'openSeconds'),
          failures: numberField(opened, 'failures') + droppedWhileHeld,
          rssMb,
        };
      },
    };
  },
});
