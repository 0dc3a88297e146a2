/**
 * A change of network noticed without a restart: the engine reads this machine's addresses
 * every `networkPollMs` and sends the new ones in the next batch. The reader is injected, so
 * the test changes "the machine's interfaces" without touching the real ones.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { EventBatch } from '../../shared/contract/events';
import type { NetworkAddress, SystemInfo } from '../../shared/contract/model';
import { PuertoEngine } from '../../electron/engine';
import { waitFor } from './helpers';

const loopback: NetworkAddress = {
  interface: 'lo',
  address: '127.0.0.1',
  family: 'IPv4',
  internal: true,
  netmask: '255.0.0.0',
};
const labCard: NetworkAddress = {
  interface: 'eth0',
  address: '192.168.1.20',
  family: 'IPv4',
  internal: false,
  netmask: '255.255.255.0',
};
const wifi: NetworkAddress = { ...labCard, interface: 'wlan0', address: '10.0.5.7' };

/** A machine whose interfaces the test changes, counting how often they were read. */
function fakeMachine(addresses: NetworkAddress[]) {
  const machine = {
    addresses,
    reads: 0,
    read: (): SystemInfo => {
      machine.reads += 1;
      return { hostname: 'lab-pc-07', platform: 'linux', addresses: [...machine.addresses] };
    },
  };
  return machine;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('network changes', () => {
  const engines: PuertoEngine[] = [];

  afterEach(async () => {
    await Promise.all(engines.splice(0).map((engine) => engine.close()));
  });

  function watchedEngine(machine: ReturnType<typeof fakeMachine>, networkPollMs = 20) {
    const engine = new PuertoEngine({ networkPollMs, systemInfo: machine.read });
    engines.push(engine);
    const batches: EventBatch[] = [];
    engine.onBatch((batch) => batches.push(batch));
    return { engine, batches };
  }

  it('sends the new addresses in a batch of their own when the network changes', async () => {
    const machine = fakeMachine([loopback, labCard]);
    const { batches } = watchedEngine(machine);
    await waitFor(() => machine.reads >= 4, 'a few readings');
    // A new listener's first batch carries the whole state; nothing else until the network changes.
    expect(batches).toHaveLength(1);
    expect(batches[0]!.state).toEqual({ servers: [], clients: [], connections: [] });
    expect(batches[0]!.system).toBeUndefined();

    machine.addresses = [loopback, wifi];
    const batch = await waitFor(() => batches.find((item) => item.system), 'a batch');
    expect(batch.events).toEqual([]);
    expect(batch.system?.addresses.map((entry) => entry.address)).toEqual([
      '127.0.0.1',
      '10.0.5.7',
    ]);
    expect(batch.system?.hostname).toBe('lab-pc-07');

    // The same addresses again are no change, whatever order the system lists them in.
    machine.addresses = [wifi, loopback];
    const readings = machine.reads;
    await waitFor(() => machine.reads >= readings + 4, 'more readings');
    expect(batches.filter((item) => item.system)).toHaveLength(1);
  });

  it('notices an address added to an interface and one taken away', async () => {
    const machine = fakeMachine([loopback]);
    const { batches } = watchedEngine(machine);
    await waitFor(() => machine.reads >= 2, 'the first readings');
    machine.addresses = [loopback, labCard];
    await waitFor(() => batches.filter((item) => item.system).length === 1, 'cable plugged in');
    machine.addresses = [loopback];
    await waitFor(() => batches.filter((item) => item.system).length === 2, 'cable unplugged');
    expect(batches.at(-1)?.system?.addresses).toEqual([loopback]);
  });

  it('answers getSystemInfo from the same reader', async () => {
    const machine = fakeMachine([loopback, labCard]);
    const { engine } = watchedEngine(machine, 0);
    expect((await engine.getSystemInfo({})).addresses).toEqual([loopback, labCard]);
  });

  it('never polls with networkPollMs 0, and stops polling when the engine closes', async () => {
    const idle = fakeMachine([loopback]);
    watchedEngine(idle, 0);
    await pause(60);
    expect(idle.reads).toBe(0);

    const watched = fakeMachine([loopback]);
    const { engine } = watchedEngine(watched);
    await waitFor(() => watched.reads >= 2, 'polling');
    await engine.close();
    const afterClose = watched.reads;
    await pause(80);
    expect(watched.reads).toBe(afterClose);
  });

  it('never keeps the process alive by polling', () => {
    const timers = () =>
      process.getActiveResourcesInfo().filter((name) => name === 'Timeout').length;
    const before = timers();
    watchedEngine(fakeMachine([loopback]), 10_000);
    expect(timers()).toBe(before);
  });

  it('keeps polling after a reading fails', async () => {
    const machine = fakeMachine([loopback]);
    let failures = 2;
    const flaky = (): SystemInfo => {
      if (machine.reads >= 1 && failures > 0) {
        failures -= 1;
        machine.reads += 1;
        throw new Error('interface vanished mid-read');
      }
      return machine.read();
    };
    const engine = new PuertoEngine({ networkPollMs: 20, systemInfo: flaky });
    engines.push(engine);
    const batches: EventBatch[] = [];
    engine.onBatch((batch) => batches.push(batch));
    machine.addresses = [loopback, labCard];
    await waitFor(() => batches.find((item) => item.system), 'the change after the failures');
    expect(failures).toBe(0);
  });
});
