/** The socket engine's public surface: hosts (Electron, CLI, browser mode) import only this. */
export { PuertoEngine } from './engine';
export type { StartServerRequest } from './engine';
export type { ProberOptions } from './probe';
export { PROBE_DATAGRAM } from './probe';
export type { EngineOptions } from './options';
export { DEFAULT_ENGINE_OPTIONS } from './options';
export { captureSettingsFromEnv, captureSettingsToEnv } from './captureSettings';
export type { CaptureSettings } from './captureSettings';
export { EngineError, toPuertoError } from './errors';
export type { ErrorContext } from './errors';
export type { Behaviour, BehaviourInstance, BehaviourSession } from './behaviours/behaviour';
export type { BehaviourRegistry, LazyBehaviour } from './behaviours/registry';
export { createBehaviourRegistry } from './behaviours/registry';
export { LineFramer } from './behaviours/lineFramer';
export { MAX_UDP_PAYLOAD } from './udpFlow';
export { SessionStream, streamBehaviour } from './behaviours/sessionStream';
export type { StreamBehaviourSpec } from './behaviours/sessionStream';
