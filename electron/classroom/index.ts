/** Classroom discovery: hosts import only this. */
export { createClassroom } from './classroom';
export type { Classroom, ClassroomChange, ClassroomOptions } from './classroom';
export { classroomHandlers, workspaceNickname } from './classroomHandlers';
export type { ClassroomHandlerOptions } from './classroomHandlers';
export { announcedAddresses, announcedServers, announcedServersOf } from './announcement';
export { decodeBeacon, encodeBeacon } from './beaconCodec';
export type { DecodedBeacon, IgnoredReason } from './beaconCodec';
export { broadcastTargets, directedBroadcast } from './broadcastTargets';
export {
  DISCOVERY_PORT_VARIABLE,
  DISCOVERY_TARGETS_VARIABLE,
  discoverySettingsFrom,
} from './discoveryEnvironment';
export type { DiscoverySettings, DiscoverySettingsResult } from './discoveryEnvironment';
export { PeerDirectory } from './peerDirectory';
