import { describe, expect, it } from 'vitest';
import {
  UsageError,
  parseHelpArguments,
  parsePeersArguments,
  parseProbeArguments,
  parseServeArguments,
  parseWebArguments,
} from '../../electron/cli/arguments';
import { localeFromEnvironment, resolveLocale } from '../../electron/cli/locale';
import { bindFor, planServers, unescapeReply } from '../../electron/cli/serverPlan';

function usageErrorOf(run: () => unknown): UsageError {
  try {
    run();
  } catch (cause) {
    if (cause instanceof UsageError) return cause;
    throw cause;
  }
  throw new Error('no usage error');
}

describe('serve arguments', () => {
  it('collects repeated servers and flags', () => {
    const parsed = parseServeArguments([
      '--tcp',
      '7007:echo',
      '--tcp=7008',
      '--udp',
      '7007',
      '--json',
    ]);
    expect(parsed).toEqual({
      host: undefined,
      tcp: ['7007:echo', '7008'],
      udp: ['7007'],
      reply: undefined,
      iterative: false,
      announce: false,
      json: true,
      capture: {},
      help: false,
    });
  });

  it('reads --iterative, --announce and --name', () => {
    expect(
      parseServeArguments(['--tcp', '7007:echo', '--iterative', '--announce', '--name', 'Ana']),
    ).toMatchObject({ iterative: true, announce: true, name: 'Ana' });
  });

  it('makes every TCP server iterative with --iterative, and leaves UDP servers concurrent', () => {
    const planned = planServers(
      parseServeArguments(['--tcp', '7007:echo', '--udp', '7007:echo', '--iterative']),
    );
    expect(planned.map((server) => server.request.concurrency)).toEqual(['iterative', undefined]);
    const concurrent = planServers(parseServeArguments(['--tcp', '7007:echo']));
    expect(concurrent[0]?.request).not.toHaveProperty('concurrency');
  });

  it('refuses --name without --announce', () => {
    const error = usageErrorOf(() => parseServeArguments(['--tcp', '1', '--name', 'Ana']));
    expect(error.key).toBe('nameNeedsAnnounce');
    expect(error.command).toBe('serve');
  });

  it.each([
    [['--nope'], 'unknownOption', { option: '--nope' }],
    [['--tcp'], 'missingValue', { option: '--tcp' }],
    [['--json=1'], 'noValueAllowed', { option: '--json' }],
    [['stray'], 'unexpectedArgument', { argument: 'stray' }],
    [['--lang', 'fr'], 'badLanguage', { value: 'fr' }],
  ])('%j is a usage error %s', (args, key, params) => {
    const error = usageErrorOf(() => parseServeArguments(args));
    expect(error.key).toBe(key);
    expect(error.params).toEqual(params);
    expect(error.command).toBe('serve');
  });

  it('plans one startServer request per server, tcp first, with the bind from --host', () => {
    const planned = planServers(
      parseServeArguments([
        '--udp',
        '53:reply',
        '--tcp',
        '7:ECHO',
        '--reply',
        'hi\\n',
        '--host',
        '::1',
      ]),
    );
    expect(planned).toEqual([
      {
        argument: '--tcp 7:ECHO',
        request: {
          protocol: 'tcp',
          port: 7,
          bind: { mode: 'loopback', family: 'IPv6' },
          behaviour: { name: 'echo' },
        },
      },
      {
        argument: '--udp 53:reply',
        request: {
          protocol: 'udp',
          port: 53,
          bind: { mode: 'loopback', family: 'IPv6' },
          behaviour: { name: 'reply', payload: 'hi\n', encoding: 'text', trigger: 'message' },
        },
      },
    ]);
  });

  it('leaves values for the boundary to judge: text ports stay text', () => {
    const [planned] = planServers(parseServeArguments(['--tcp', 'x:manual']));
    expect(planned?.request.port).toBe('x');
    const [fractional] = planServers(parseServeArguments(['--tcp', '1.5']));
    expect(fractional?.request.port).toBe(1.5);
  });

  it('maps --host to a bind choice', () => {
    expect(bindFor(undefined)).toEqual({ mode: 'all' });
    expect(bindFor('127.0.0.1')).toEqual({ mode: 'loopback', family: 'IPv4' });
    expect(bindFor('localhost')).toEqual({ mode: 'loopback', family: 'IPv4' });
    expect(bindFor('192.168.1.20')).toEqual({ mode: 'address', address: '192.168.1.20' });
  });

  it('reads escapes in --reply', () => {
    expect(unescapeReply('a\\nb\\tc\\\\n\\x')).toBe('a\nb\tc\\n\\x');
  });

  it('needs at least one server, and the text of a reply server', () => {
    expect(usageErrorOf(() => planServers(parseServeArguments([]))).key).toBe('noServers');
    expect(usageErrorOf(() => planServers(parseServeArguments(['--tcp', '7:reply']))).key).toBe(
      'replyMissing',
    );
  });
});

describe('capture arguments', () => {
  it('turns --capture-mb and --snaplen into the engine options', () => {
    expect(parseServeArguments(['--capture-mb', '8', '--snaplen', '512']).capture).toEqual({
      captureBudgetBytes: 8 * 1024 * 1024,
      payloadCapPerEvent: 512,
    });
    expect(parseWebArguments('web', ['--snaplen=0']).capture).toEqual({ payloadCapPerEvent: 0 });
  });

  it('refuses a value out of range or not a whole number, naming the option and the limits', () => {
    for (const [option, value] of [
      ['--capture-mb', '0'],
      ['--capture-mb', '5000'],
      ['--capture-mb', '1.5'],
      ['--snaplen', '-1'],
      ['--snaplen', 'lots'],
      ['--snaplen', '2000000'],
    ] as const) {
      const error = usageErrorOf(() => parseServeArguments([`${option}=${value}`]));
      expect(error.key).toBe('badWholeNumber');
      expect(error.params).toMatchObject({ option, value });
    }
  });
});

describe('peers arguments', () => {
  it('listens 3 seconds by default, or as long as --timeout says', () => {
    expect(parsePeersArguments([])).toEqual({ seconds: 3, json: false, help: false });
    expect(parsePeersArguments(['--timeout', '1.5', '--json'])).toEqual({
      seconds: 1.5,
      json: true,
      help: false,
    });
  });

  it.each([['0'], ['-1'], ['61'], ['soon'], ['1e3'], ['']])(
    'refuses --timeout %j, naming the limits',
    (value) => {
      // `--timeout=-1`: parseArgs would take a separate "-1" for an option.
      const error = usageErrorOf(() => parsePeersArguments([`--timeout=${value}`]));
      expect(error.key).toBe('badSeconds');
      expect(error.params).toMatchObject({ option: '--timeout', value, max: '60' });
      expect(error.command).toBe('peers');
    },
  );

  it('takes no positional arguments', () => {
    expect(usageErrorOf(() => parsePeersArguments(['all'])).key).toBe('unexpectedArgument');
  });
});

describe('probe arguments', () => {
  it('takes HOST and PORT, TCP unless --udp', () => {
    expect(parseProbeArguments(['192.168.1.20', '7007'])).toEqual({
      host: '192.168.1.20',
      port: '7007',
      protocol: 'tcp',
      json: false,
      help: false,
    });
    expect(parseProbeArguments(['--udp', 'pc-ana', '53', '--timeout', '0.5', '--json'])).toEqual({
      host: 'pc-ana',
      port: '53',
      protocol: 'udp',
      seconds: 0.5,
      json: true,
      help: false,
    });
  });

  it.each([
    [[], 'probeTarget'],
    [['192.168.1.20'], 'probeTarget'],
    [['a', '1', 'b'], 'unexpectedArgument'],
    [['a', '1', '--timeout', '31'], 'badSeconds'],
    [['a', '1', '--timeout', '0.1'], 'badSeconds'],
    [['a', '1', '--udp=yes'], 'noValueAllowed'],
  ])('%j is a usage error %s', (args, key) => {
    const error = usageErrorOf(() => parseProbeArguments(args));
    expect(error.key).toBe(key);
    expect(error.command).toBe('probe');
  });

  it('shows help without a target', () => {
    expect(parseProbeArguments(['--help']).help).toBe(true);
  });
});

describe('web, start and help arguments', () => {
  it('keeps the port as typed', () => {
    expect(parseWebArguments('web', ['--port', '8080'])).toEqual({
      port: '8080',
      capture: {},
      help: false,
    });
    expect(parseWebArguments('start', ['-h'])).toEqual({
      port: undefined,
      capture: {},
      help: true,
    });
    expect(usageErrorOf(() => parseWebArguments('start', ['--tcp', '1'])).command).toBe('start');
  });

  it('reads --open and --no-open, leaving the choice to Puerto without either', () => {
    expect(parseWebArguments('start', []).open).toBeUndefined();
    expect(parseWebArguments('start', ['--no-open']).open).toBe(false);
    expect(parseWebArguments('web', ['--open']).open).toBe(true);
    const conflict = usageErrorOf(() => parseWebArguments('web', ['--open', '--no-open']));
    expect([conflict.key, conflict.command]).toEqual(['openConflict', 'web']);
    expect(usageErrorOf(() => parseWebArguments('web', ['--no-open=1'])).key).toBe(
      'noValueAllowed',
    );
  });

  it('takes one command name as the help topic', () => {
    expect(parseHelpArguments([])).toEqual({});
    expect(parseHelpArguments(['web'])).toEqual({ topic: 'web' });
    expect(usageErrorOf(() => parseHelpArguments(['nope'])).key).toBe('unknownCommand');
    expect(usageErrorOf(() => parseHelpArguments(['web', 'serve'])).key).toBe('unexpectedArgument');
  });
});

describe('locale', () => {
  it('prefers --lang, then LC_ALL, LC_MESSAGES and LANG', () => {
    expect(resolveLocale(['serve', '--lang', 'es'], { LANG: 'C' })).toBe('es');
    expect(resolveLocale(['serve', '--lang=EN'], { LC_ALL: 'es_ES.UTF-8' })).toBe('en');
    expect(resolveLocale(['serve', '--lang', 'fr'], { LANG: 'es_MX.UTF-8' })).toBe('es');
    expect(localeFromEnvironment({ LC_ALL: '', LC_MESSAGES: 'es_ES', LANG: 'en_US' })).toBe('es');
    expect(localeFromEnvironment({ LC_ALL: 'C', LANG: 'es_ES' })).toBe('en');
    expect(localeFromEnvironment({})).toBe('en');
  });
});
