// The table of CLI commands. Each later feature adds its command here.
import type { CliCommand } from './command';
import { serveCommand } from './serve-command';
import { virtualPhoneCommand } from './virtual-phone-command';

export const CLI_COMMANDS: readonly CliCommand[] = [serveCommand, virtualPhoneCommand];
