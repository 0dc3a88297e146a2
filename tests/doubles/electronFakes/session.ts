/** `protocol` and `session`: schemes, their handlers, permissions and web requests. */
import type { CustomScheme } from 'electron';

type Listener = (...args: unknown[]) => void;

type ProtocolHandler = (request: Request) => Response | Promise<Response>;

class FakeProtocol {
  readonly privilegedSchemes: CustomScheme[] = [];
  readonly handlers = new Map<string, ProtocolHandler>();

  registerSchemesAsPrivileged(customSchemes: CustomScheme[]): void {
    this.privilegedSchemes.push(...customSchemes);
  }
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    if (this.handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    this.handlers.set(scheme, handler);
  }
  unhandle(scheme: string): void {
    this.handlers.delete(scheme);
  }
  isProtocolHandled(scheme: string): boolean {
    return this.handlers.has(scheme);
  }
  /** What the page's loader would do: route `url` to the handler of its scheme. */
  async request(url: string, init?: RequestInit): Promise<Response> {
    const scheme = url.slice(0, url.indexOf(':'));
    const handler = this.handlers.get(scheme);
    if (handler === undefined) throw new Error(`No handler for scheme '${scheme}'`);
    return handler(new Request(url, init));
  }
  reset(): void {
    this.privilegedSchemes.length = 0;
    this.handlers.clear();
  }
}

export const protocol = new FakeProtocol();

type PermissionRequestHandler = (
  webContents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: unknown,
) => void;
type PermissionCheckHandler = (
  webContents: unknown,
  permission: string,
  requestingOrigin: string,
  details: unknown,
) => boolean;

class FakeWebRequest {
  readonly registered: { event: string; filter: unknown; listener: Listener | null }[] = [];

  onHeadersReceived(filterOrListener: unknown, listener?: Listener | null): void {
    this.record('onHeadersReceived', filterOrListener, listener);
  }
  onBeforeRequest(filterOrListener: unknown, listener?: Listener | null): void {
    this.record('onBeforeRequest', filterOrListener, listener);
  }
  private record(event: string, filterOrListener: unknown, listener?: Listener | null): void {
    if (typeof filterOrListener === 'function' || filterOrListener === null) {
      this.registered.push({ event, filter: undefined, listener: filterOrListener as Listener });
    } else {
      this.registered.push({ event, filter: filterOrListener, listener: listener ?? null });
    }
  }
}

class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  devicePermissionHandler: ((details: unknown) => boolean) | null = null;
  webRequest = new FakeWebRequest();
  readonly protocol = protocol;

  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: ((details: unknown) => boolean) | null): void {
    this.devicePermissionHandler = handler;
  }
  /** A page asks for `permission`; Electron grants it when no handler is set. */
  requestPermission(permission: string, webContents: unknown = null): Promise<boolean> {
    const handler = this.permissionRequestHandler;
    if (handler === null) return Promise.resolve(true);
    return new Promise((resolve) => {
      handler(webContents, permission, resolve, { requestingUrl: 'app://puerto/' });
    });
  }
  /** A page checks `permission`; Electron answers yes when no handler is set. */
  checkPermission(permission: string, requestingOrigin = 'app://puerto'): boolean {
    const handler = this.permissionCheckHandler;
    if (handler === null) return true;
    return handler(null, permission, requestingOrigin, { requestingUrl: requestingOrigin });
  }
  reset(): void {
    this.permissionRequestHandler = null;
    this.permissionCheckHandler = null;
    this.devicePermissionHandler = null;
    this.webRequest = new FakeWebRequest();
  }
}

const defaultSession = new FakeSession();

export const session = {
  defaultSession,
  fromPartition(_partition: string): FakeSession {
    return defaultSession;
  },
};
