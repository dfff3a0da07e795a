// `privacyscope undo --serial S (--batch ID | --step ID | --all)`: restores the recorded prior
// state, newest first, each undo journaled. `--batch` on an interrupted batch rolls it back.
// Changes made before a system update need `--accept-updated-system`; a phone another run is
// changing is refused (device lease) with who holds it.
import { parseArgs } from 'node:util';
import { rollBackBatch } from '../actions/apply/interrupted';
import { undoScope, type UndoScope } from '../actions/apply/undo-journal';
import { EXECUTORS } from '../actions/executors';
import { resolveDataDir, withPhone, withStore } from '../journal/cli-store';
import { summaryLines } from './apply-command';
import { parseAdbPort } from './adb-session-options';
import type { CliCommand, CliIo } from './command';
import { CliUsageError } from './command';

const usage = `Usage: privacyscope undo --serial S (--batch ID | --step ID | --all) [options]

Options:
  --batch ID       undo (roll back) one batch
  --step ID        undo one journal step (the #number \`privacyscope journal\` prints)
  --all            undo everything PrivacyScope ever changed on this phone
  --accept-updated-system
                   also undo changes made before the phone's system was updated
  --data-dir DIR   where the journal is kept
  --adb-port P     the adb server's port (default 5037)`;

const parseScope = (values: { batch?: string; step?: string; all?: boolean }): UndoScope => {
  const given = [values.batch, values.step, values.all === true ? true : undefined].filter(
    (v) => v !== undefined,
  );
  if (given.length !== 1) throw new CliUsageError('give exactly one of --batch ID, --step ID, --all');
  if (values.batch !== undefined) return { batch: values.batch };
  if (values.step !== undefined) {
    if (!/^\d+$/.test(values.step)) throw new CliUsageError('--step takes a journal step number');
    return { step: Number(values.step) };
  }
  return { all: true };
};

const runUndo = async (args: readonly string[], io: CliIo): Promise<number> => {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    options: {
      serial: { type: 'string' },
      batch: { type: 'string' },
      step: { type: 'string' },
      all: { type: 'boolean' },
      'accept-updated-system': { type: 'boolean' },
      'data-dir': { type: 'string' },
      'adb-port': { type: 'string' },
    },
  });
  if (values.serial === undefined) throw new CliUsageError('--serial is required');
  const scope = parseScope(values);
  const port = parseAdbPort(values['adb-port']);
  const result = await withStore(resolveDataDir(values['data-dir']), (store) =>
    withPhone({ port, serial: values.serial ?? '', signal: io.signal }, async (session, identity) => {
      await store.devices.identify(identity);
      const engine = {
        acceptUpdatedSystem: values['accept-updated-system'] === true,
        session,
        journal: store.journal,
        executors: EXECUTORS,
        signal: io.signal,
        onProgress: (event: {
          type: string;
          index: number;
          total: number;
          kind: string;
          stepId: string;
          status: string;
        }) => {
          if (event.type === 'step-finished')
            io.out(`[${event.index}/${event.total}] undo ${event.kind} ${event.stepId}: ${event.status}`);
        },
      };
      if ('batch' in scope) return rollBackBatch({ ...engine, batchId: scope.batch });
      const sdk = Number((await session.getProperties())['ro.build.version.sdk'] ?? 0);
      return undoScope({ ...engine, scope, sdk });
    }),
  );
  for (const line of summaryLines(result)) io.out(line);
  return result.state === 'interrupted' || (result.counts.failed ?? 0) > 0 ? 1 : 0;
};

export const undoCommand: CliCommand = {
  name: 'undo',
  summary: 'undo changes PrivacyScope made to a phone (a step, a batch, or all)',
  usage,
  run: runUndo,
};
