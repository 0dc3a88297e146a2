/**
 * The host commands `getClassroom` and `setClassroom` over one classroom. Requests arrive
 * already validated by the boundary (the nickname trimmed and within its length).
 */
import type { ClassroomCommandHandlers, WorkspaceCommandHandlers } from '../../shared/contract/api';
import type { Classroom } from './classroom';

export interface ClassroomHandlerOptions {
  /**
   * The nickname when the page sends none: the one saved in the workspace's settings, so a
   * student who chose a name once keeps it. Without one, the classroom uses the host name.
   */
  defaultNickname?: () => Promise<string | undefined> | string | undefined;
}

export function classroomHandlers(
  classroom: Classroom,
  options: ClassroomHandlerOptions = {},
): ClassroomCommandHandlers {
  return {
    getClassroom: async () => classroom.state(),
    setClassroom: async ({ enabled, nickname }) => {
      if (!enabled) return classroom.disable();
      let chosen = nickname;
      if (chosen === undefined) {
        try {
          chosen = await options.defaultNickname?.();
        } catch {
          // An unreadable workspace must not keep discovery off: the host name will do.
        }
      }
      return classroom.enable(chosen);
    },
  };
}

/** The workspace's saved nickname, for `defaultNickname`. */
export function workspaceNickname(
  workspace: Pick<WorkspaceCommandHandlers, 'loadWorkspace'>,
): () => Promise<string | undefined> {
  return async () => (await workspace.loadWorkspace({})).workspace.settings.nickname;
}
