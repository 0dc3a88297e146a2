/**
 * Puerto without a window, for a test to drive inside a namespace the way the app drives its
 * engine: the lab engine and classroom discovery (off until `setClassroom`) behind the
 * boundary's dispatcher, speaking JSON lines.
 *   stdin:  {"id": 1, "command": "openClient", "request": {…}}
 *   stdout: {"ready": true} once, then {"id": 1, "result": {"ok": true, "value": …}} per command
 *           and {"event": …} for every engine event
 * Bytes travel through the wire codec (`{"$bytes": base64}`), as in browser mode. Closing stdin
 * closes the engine and ends the process.
 * Run: ip netns exec NS node --import tsx tests/twoHosts/support/engineHost.ts
 */
import { createInterface } from 'node:readline';
import { decodeJsonLine, encodeJsonLine } from '../../../shared/contract/jsonLineCodec';
import { createDispatcher } from '../../../electron/boundary';
import {
  announcedServersOf,
  classroomHandlers,
  createClassroom,
} from '../../../electron/classroom';
import { createLabEngine } from '../../../electron/services';

const engine = createLabEngine();
const classroom = createClassroom({ listServers: announcedServersOf(engine) });
const dispatch = createDispatcher(engine, classroomHandlers(classroom));

function write(message: unknown): void {
  process.stdout.write(`${encodeJsonLine(message)}\n`);
}

engine.onEvent((event) => write({ event }));

const input = createInterface({ input: process.stdin });
input.on('line', (line) => {
  const { id, command, request } = decodeJsonLine(line) as {
    id: number;
    command: unknown;
    request: unknown;
  };
  void dispatch(command, request).then((result) => write({ id, result }));
});
// Loading the engine through tsx takes seconds on a busy machine: say when commands can come.
write({ ready: true });
input.on('close', () => {
  void Promise.allSettled([classroom.close(), engine.close()]).finally(() => process.exit(0));
});
