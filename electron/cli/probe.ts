/**
 * `puerto probe HOST PORT`: "can I reach my partner's server?" One attempt through the
 * engine's `probeServer`, told apart as the window tells it: reachable, refused (nothing
 * listens there), timed out (a firewall or a wrong address)… Exit 0 only when reachable, so a
 * script (or a teacher's checklist) can test a whole row of PCs.
 */
import type { ProbeResult } from '../../shared/contract/probe';
import { DEFAULT_PROBE_TIMEOUT_MS } from '../../shared/contract/probe';
import { createDispatcher, validateRequest } from '../boundary';
import { PuertoEngine } from '../engine';
import type { ProbeArguments } from './arguments';
import type { CliContext } from './cliContext';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from './cliContext';
import { printError } from './explain';
import { probeReport } from './probeReport';
import { portValue } from './serverPlan';

export async function runProbe(args: ProbeArguments, context: CliContext): Promise<number> {
  const timeoutMs =
    args.seconds === undefined ? DEFAULT_PROBE_TIMEOUT_MS : Math.round(args.seconds * 1000);
  const request = {
    protocol: args.protocol,
    host: args.host,
    port: portValue(args.port),
    timeoutMs,
  };
  const validation = validateRequest('probeServer', request);
  if (!validation.ok) {
    printError(context, validation.error, `${args.host} ${args.port}`);
    return EXIT_USAGE;
  }
  // The plain engine: a probe needs no classic service, and starts faster without them.
  const engine = new PuertoEngine();
  const result = await createDispatcher(engine)('probeServer', request);
  await engine.close();
  if (!result.ok) {
    printError(context, result.error);
    return result.error.code === 'INVALID_INPUT' ? EXIT_USAGE : EXIT_FAILURE;
  }
  const probe = result.value as ProbeResult;
  if (args.json) context.out(JSON.stringify(probe));
  else for (const line of probeReport(probe, timeoutMs, context.locale)) context.out(line);
  return probe.outcome === 'reachable' ? EXIT_OK : EXIT_FAILURE;
}
