/**
 * Raw datagrams sent into the segment from inside a host, from no Puerto at all: what a
 * broken or hostile program on a classmate's PC could broadcast. A few lines of plain Node
 * (no tsx), given to `node -e`, with the payloads as base64 arguments.
 */
import { startInside } from './hostProcess';

const DATAGRAM_SENDER = `
const dgram = require('node:dgram');
const [target, port, ...payloads] = process.argv.slice(1);
const socket = dgram.createSocket('udp4');
socket.bind(0, () => {
  socket.setBroadcast(true);
  let left = payloads.length;
  for (const payload of payloads) {
    socket.send(Buffer.from(payload, 'base64'), Number(port), target, (error) => {
      if (error) { console.error(error.message); process.exitCode = 1; }
      if (--left === 0) socket.close();
    });
  }
});
`;

/** Sends each payload as one UDP datagram to `target:port` from inside `namespace`. */
export async function sendDatagrams(
  namespace: string,
  target: string,
  port: number,
  payloads: Uint8Array[],
): Promise<void> {
  const encoded = payloads.map((payload) => Buffer.from(payload).toString('base64'));
  const sender = startInside(
    namespace,
    process.execPath,
    ['-e', DATAGRAM_SENDER, target, String(port), ...encoded],
    { label: `${namespace}: datagrams to ${target}:${port}` },
  );
  const timer = setTimeout(() => sender.child.kill('SIGKILL'), 10_000);
  const exit = await sender.exited;
  clearTimeout(timer);
  if (exit.code !== 0) throw new Error(`${sender.label} failed: ${sender.stderr}`);
}
