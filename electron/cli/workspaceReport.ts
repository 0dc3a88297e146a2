/**
 * What browser mode says about the workspace on standard error: which file it uses (so a
 * teacher can find or back it up), a damaged file kept aside, and each server that was to
 * start with Puerto and whether it did.
 */
import { translate } from '../../shared/i18n';
import type { HostWorkspace } from '../workspace';
import type { CliContext } from './cliContext';
import { printError } from './explain';

export function reportWorkspace(context: CliContext, workspace: HostWorkspace): void {
  const t = (key: string, params: Record<string, string | number> = {}) =>
    translate(context.locale, key, params);
  context.err(t('workspace.host.file', { file: workspace.file.path }));
  if (workspace.loaded.problem !== undefined) printError(context, workspace.loaded.problem);
  for (const { plan, result } of workspace.autostarted) {
    const params = { protocol: plan.protocol.toUpperCase(), port: plan.port };
    if (result.ok) {
      context.err(t('workspace.autostart.started', { ...params, port: result.value.port }));
    } else {
      context.err(t('workspace.autostart.failed', params));
      printError(context, result.error);
    }
  }
}
