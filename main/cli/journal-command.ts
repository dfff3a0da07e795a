// `privacyscope journal --serial S [--json]`: every change PrivacyScope made to the phone (all
// its builds), newest first, from the store alone (the phone need not be connected). Batches
// made before the system update the phone was last seen with are marked.
import { parseArgs } from 'node:util';
import { resolveDataDir, withStore } from '../journal/cli-store';
import { formatJournal } from '../journal/format-journal';
import { listPhoneJournal } from '../services/phone-journal';
import type { CliCommand, CliIo } from './command';
import { CliUsageError } from './command';

const usage = `Usage: privacyscope journal --serial S [--json] [--data-dir DIR]`;

const runJournal = async (args: readonly string[], io: CliIo): Promise<number> => {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    options: { serial: { type: 'string' }, json: { type: 'boolean' }, 'data-dir': { type: 'string' } },
  });
  if (values.serial === undefined) throw new CliUsageError('--serial is required');
  const serial = values.serial;
  const batches = await withStore(resolveDataDir(values['data-dir']), (store) =>
    listPhoneJournal(store, { serial }),
  );
  if (values.json === true) io.out(JSON.stringify(batches, null, 2));
  else for (const line of formatJournal(batches)) io.out(line);
  return 0;
};

export const journalCommand: CliCommand = {
  name: 'journal',
  summary: 'list the changes made to a phone',
  usage,
  run: runJournal,
};
