/** The help texts, built from the i18n catalogue so they exist in Spanish and English. */
import { translate } from '../../shared/i18n';
import type { Locale } from '../../shared/i18n';
import { CLI_COMMANDS, COMMAND_OPTIONS } from './arguments';
import type { CliCommand } from './arguments';

const WIDTH = 80;
const INDENT = '  ';

/** Wraps at word boundaries; every line after the first starts with `indent`. */
function wrap(text: string, firstWidth: number, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  let width = firstWidth;
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
      width = WIDTH - indent.length;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines.map((text, index) => (index === 0 ? text : indent + text));
}

export function generalHelp(locale: Locale): string {
  const t = (key: string) => translate(locale, `cli.${key}`);
  const nameWidth = Math.max(...CLI_COMMANDS.map((command) => command.length)) + 3;
  const commands = CLI_COMMANDS.flatMap((command) => {
    const head = `${INDENT}${command.padEnd(nameWidth)}`;
    const body = wrap(
      t(`commands.${command}.summary`),
      WIDTH - head.length,
      ' '.repeat(head.length),
    );
    return [head + body.join('\n')];
  });
  return [
    t('summary'),
    '',
    t('usage'),
    '',
    t('commandsTitle'),
    ...commands,
    '',
    t('moreHelp'),
  ].join('\n');
}

export function commandHelp(locale: Locale, command: CliCommand): string {
  const t = (key: string) => translate(locale, `cli.${key}`);
  const options = COMMAND_OPTIONS[command].flatMap((option) => [
    `${INDENT}${t(`options.${option}.syntax`)}`,
    ...wrap(t(`options.${option}.text`), WIDTH - 6, '      ').map((line, index) =>
      index === 0 ? `      ${line}` : line,
    ),
  ]);
  return [
    ...wrap(t(`commands.${command}.usage`), WIDTH, '    '),
    '',
    ...wrap(t(`commands.${command}.summary`), WIDTH, ''),
    '',
    t('optionsTitle'),
    ...options,
    '',
    t('exampleTitle'),
    `${INDENT}${t(`commands.${command}.example`)}`,
  ].join('\n');
}
