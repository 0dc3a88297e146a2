/** `BrowserWindow` and its `webContents`, with helpers that play the page's part. */
import { EventEmitter } from 'node:events';
import type {
  BrowserWindowConstructorOptions,
  HandlerDetails,
  WindowOpenHandlerResponse,
} from 'electron';
import { app, createFakeEvent, type FakeEvent } from './app';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SentMessage {
  channel: string;
  args: unknown[];
}

let nextWebContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  readonly sent: SentMessage[] = [];
  url = '';
  destroyed = false;
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | undefined;
  devToolsOpened = false;
  /** True until a test calls `finishLoad()`: a page that is still loading. */
  loading = false;

  /** Like Electron, sending to destroyed contents throws. */
  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.sent.push({ channel, args });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }
  getURL(): string {
    return this.url;
  }
  isLoading(): boolean {
    return this.loading;
  }
  /** The page has loaded: Electron emits `did-finish-load`. */
  finishLoad(): void {
    this.loading = false;
    this.emit('did-finish-load');
  }
  openDevTools(): void {
    this.devToolsOpened = true;
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('destroyed');
  }

  /** The page asks to navigate; returns the event so a test sees whether it was prevented. */
  navigate(
    url: string,
    eventName: 'will-navigate' | 'will-frame-navigate' | 'will-redirect' = 'will-navigate',
  ): FakeEvent {
    const event = createFakeEvent({ url, isMainFrame: true, isSameDocument: false, frame: null });
    this.emit(eventName, event, url);
    return event;
  }
  /** The page calls `window.open(url)`; without a handler Electron would allow it. */
  openWindow(url: string): WindowOpenHandlerResponse {
    const details = {
      url,
      frameName: '',
      features: '',
      disposition: 'new-window',
      referrer: { url: this.url, policy: 'strict-origin-when-cross-origin' },
    } as HandlerDetails;
    return this.windowOpenHandler?.(details) ?? { action: 'allow' };
  }
  /** The page adds a `<webview>`; returns the event so a test sees whether it was prevented. */
  attachWebview(src: string): FakeEvent {
    const event = createFakeEvent();
    this.emit('will-attach-webview', event, { preload: 'x.js' }, { src });
    return event;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly instances: FakeBrowserWindow[] = [];

  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((window) => !window.destroyed);
  }

  readonly options: BrowserWindowConstructorOptions;
  readonly webContents = new FakeWebContents();
  loadedUrl: string | undefined;
  loadedFile: string | undefined;
  visible: boolean;
  focused = false;
  minimized = false;
  maximized = false;
  destroyed = false;
  /** Where the window is when not maximized; Electron centres it when x and y are left out. */
  bounds: Rectangle;

  constructor(options: BrowserWindowConstructorOptions = {}) {
    super();
    this.options = options;
    this.visible = options.show ?? true;
    const width = options.width ?? 800;
    const height = options.height ?? 600;
    this.bounds = {
      x: options.x ?? Math.round((1920 - width) / 2),
      y: options.y ?? Math.round((1080 - height) / 2),
      width,
      height,
    };
    FakeBrowserWindow.instances.push(this);
    app.emit('web-contents-created', createFakeEvent(), this.webContents);
  }

  async loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    this.webContents.url = url;
  }
  async loadFile(path: string): Promise<void> {
    this.loadedFile = path;
  }
  show(): void {
    this.visible = true;
    this.emit('show');
  }
  hide(): void {
    this.visible = false;
  }
  isVisible(): boolean {
    return this.visible;
  }
  focus(): void {
    this.focused = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  minimize(): void {
    this.minimized = true;
    this.emit('minimize');
  }
  restore(): void {
    this.minimized = false;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  maximize(): void {
    this.maximized = true;
    this.visible = true;
    this.emit('maximize');
  }
  unmaximize(): void {
    this.maximized = false;
    this.emit('unmaximize');
  }
  getBounds(): Rectangle {
    return { ...this.bounds };
  }
  getNormalBounds(): Rectangle {
    return { ...this.bounds };
  }
  /** The student drags or resizes the window: Electron emits `move` or `resize`. */
  setBounds(bounds: Partial<Rectangle>): void {
    const moved = bounds.x !== undefined || bounds.y !== undefined;
    const resized = bounds.width !== undefined || bounds.height !== undefined;
    this.bounds = { ...this.bounds, ...bounds };
    if (moved) this.emit('move');
    if (resized) this.emit('resize');
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  removeMenu(): void {}
  setMenuBarVisibility(_visible: boolean): void {}
  /** Like Electron: `close` may be prevented; otherwise the window and its contents go. */
  close(): void {
    const event = createFakeEvent();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroy();
    this.emit('closed');
  }
  /** Electron emits this once the first paint is ready. */
  simulateReadyToShow(): void {
    this.emit('ready-to-show');
  }
}

export const BrowserWindow = FakeBrowserWindow;
