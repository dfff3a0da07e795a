// The table of CLI commands. Each later feature adds its command here.
import { classifyCommand } from './classify-command';
import type { CliCommand } from './command';
import { devicesCommand } from './devices-command';
import { rulesCommand } from './rules-command';
import { scanCommand } from './scan-command';
import { serveCommand } from './serve-command';
import { virtualPhoneCommand } from './virtual-phone-command';

export const CLI_COMMANDS: readonly CliCommand[] = [
  serveCommand,
  virtualPhoneCommand,
  rulesCommand,
  classifyCommand,
  devicesCommand,
  scanCommand,
];
