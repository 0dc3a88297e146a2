/** Prints an error the way the app's error panel shows it: title, explanation, what to try. */
import type { PuertoError } from '../../shared/contract/errors';
import { explainError, translate } from '../../shared/i18n';
import type { CliContext } from './cliContext';

export function printError(context: CliContext, error: PuertoError, argument?: string): void {
  if (argument !== undefined) {
    context.err(translate(context.locale, 'cli.errors.inArgument', { argument }));
  }
  const { title, explain, hint } = explainError(context.locale, error);
  context.err(title);
  context.err(explain);
  context.err(hint);
}
