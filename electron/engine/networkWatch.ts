/**
 * Notices that this machine's addresses changed (a cable plugged in, another Wi-Fi, a VPN) while
 * Puerto runs, so the address a student gives a partner is never stale. Node has no portable
 * "addresses changed" event, so the addresses are read every `intervalMs`; reading them is a
 * cheap system call.
 */
import type { SystemInfo } from '../../shared/contract/model';

export interface NetworkWatchOptions {
  /** 0 or less: never poll. */
  intervalMs: number;
  read: () => SystemInfo;
  onChange: (info: SystemInfo) => void;
}

/** The addresses as a comparable set: which interface holds which address. */
export function addressKey(info: SystemInfo): string {
  return info.addresses
    .map((entry) => `${entry.interface}|${entry.address}`)
    .sort()
    .join(',');
}

export class NetworkWatch {
  readonly #options: NetworkWatchOptions;
  #lastKey: string | undefined;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(options: NetworkWatchOptions) {
    this.#options = options;
  }

  start(): void {
    if (this.#timer !== undefined || this.#options.intervalMs <= 0) return;
    this.#lastKey = this.#readKey()?.key;
    this.#timer = setInterval(() => this.check(), this.#options.intervalMs);
    // Watching alone must never keep the CLI or a test process alive.
    this.#timer.unref?.();
  }

  /** Reads the addresses now and reports them if they differ from the last reading. */
  check(): void {
    const reading = this.#readKey();
    if (reading === undefined || reading.key === this.#lastKey) return;
    this.#lastKey = reading.key;
    this.#options.onChange(reading.info);
  }

  stop(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  #readKey(): { info: SystemInfo; key: string } | undefined {
    try {
      const info = this.#options.read();
      return { info, key: addressKey(info) };
    } catch {
      // An interface vanishing mid-read can make the system call fail; the next tick retries.
      return undefined;
    }
  }
}
