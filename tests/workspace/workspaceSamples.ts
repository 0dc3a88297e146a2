/** Workspaces for the tests: real plans, targets, snippets and settings, as a student saves them. */
import type { Workspace } from '../../shared/contract/workspace';
import { WORKSPACE_VERSION, workspaceSchema } from '../../shared/contract/workspace';

export function sampleWorkspace(overrides: Partial<Workspace> = {}): Workspace {
  return workspaceSchema.parse({
    version: WORKSPACE_VERSION,
    servers: [
      {
        key: 'plan-echo',
        protocol: 'tcp',
        port: 7007,
        bind: { mode: 'all' },
        behaviour: { name: 'echo' },
        autostart: true,
      },
      {
        key: 'plan-reply',
        protocol: 'udp',
        port: 7007,
        bind: { mode: 'loopback', family: 'IPv6' },
        behaviour: { name: 'reply', payload: 'hola\n', encoding: 'text', trigger: 'message' },
      },
    ],
    recentTargets: [{ protocol: 'tcp', host: 'lab-pc-07', port: 7007 }],
    snippets: [{ id: 's1', name: 'saludo', mode: 'text', text: 'hola\\r\\n' }],
    settings: { locale: 'es', theme: 'light', projector: true },
    ...overrides,
  });
}
