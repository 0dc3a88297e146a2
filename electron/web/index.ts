export { startWebServer, DEFAULT_MAX_PAYLOAD, DEFAULT_MAX_SESSIONS } from './webServer';
export type { WebEngine, WebServer, WebServerOptions } from './webServer';
export {
  BROWSER_ADDRESS_FILE_NAME,
  DEFAULT_BROWSER_PORT,
  browserAddressPath,
  loadBrowserAddress,
  saveBrowserAddress,
} from './browserAddress';
export type { BrowserAddress } from './browserAddress';
