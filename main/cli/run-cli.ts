// Dispatches `privacyscope <command> [options]`, prints help, maps errors to exit codes.
import { version } from '../../package.json';
import type { CliCommand, CliIo } from './command';
import { CliUsageError } from './command';
import { EXIT } from './exit-codes';

export { EXIT } from './exit-codes';

export const formatHelp = (commands: readonly CliCommand[]): string => {
  const width = Math.max(0, ...commands.map((command) => command.name.length));
  return [
    `privacyscope ${version} — audit the personal data Android apps can reach`,
    '',
    'Usage: privacyscope <command> [options]',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Run `privacyscope <command> --help` for the options of one command.',
  ].join('\n');
};

export const runCli = async (
  argv: readonly string[],
  options: { commands: readonly CliCommand[]; io: CliIo },
): Promise<number> => {
  const { commands, io } = options;
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(formatHelp(commands));
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.out(version);
    return EXIT.ok;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(`privacyscope: unknown command '${name}'\n\n${formatHelp(commands)}`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.usage);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliUsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`privacyscope ${name}: ${(error as Error).message}\n\n${command.usage}`);
      return EXIT.usage;
    }
    io.err(`privacyscope ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.failure;
  }
};
