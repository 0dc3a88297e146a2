export { startWebServer, DEFAULT_MAX_PAYLOAD } from './webServer';
export type { WebEngine, WebServer, WebServerOptions } from './webServer';
