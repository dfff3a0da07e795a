// The table of CLI commands. Each later feature adds its command here.
import { applyCommand } from './apply-command';
import { classifyCommand } from './classify-command';
import type { CliCommand } from './command';
import { devicesCommand } from './devices-command';
import { journalCommand } from './journal-command';
import { planCommand } from './plan-command';
import { rulesCommand } from './rules-command';
import { scanCommand } from './scan-command';
import { serveCommand } from './serve-command';
import { undoCommand } from './undo-command';
import { virtualPhoneCommand } from './virtual-phone-command';

export const CLI_COMMANDS: readonly CliCommand[] = [
  serveCommand,
  virtualPhoneCommand,
  rulesCommand,
  classifyCommand,
  devicesCommand,
  scanCommand,
  planCommand,
  applyCommand,
  undoCommand,
  journalCommand,
];
