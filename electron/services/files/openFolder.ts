/**
 * Opens the folder a service was told to serve, when the server starts: a missing folder is
 * refused at once with an explanation, instead of every later request failing.
 */
import { EngineError } from '../../engine';
import { FolderError, JailedFolder } from './jailedFolder';

/** `field` names the option in the error (`behaviour.folder`, `behaviour.root`). */
export function openServedFolder(folder: string, field: string): JailedFolder {
  try {
    return JailedFolder.open(folder);
  } catch (cause) {
    const problem = cause instanceof FolderError ? cause.problem : 'failed';
    const reason =
      problem === 'notDirectory'
        ? 'services.files.notAFolder'
        : problem === 'denied'
          ? 'services.files.folderDenied'
          : 'services.files.folderMissing';
    // The path is the user's own setting, so showing it back to them reveals nothing.
    throw new EngineError('INVALID_INPUT', `cannot serve ${folder}: ${problem}`, {
      field,
      reason,
      folder,
    });
  }
}
