// `privacyscope apply --serial S --plan plan.json [--yes]` runs a plan: every step journaled
// before it touches the phone, verified after. Without --yes it prints the plan and asks (and
// refuses when stdin is not a terminal). `--resume BATCH` continues an interrupted batch
// (`--accept-updated-system` when it was made before a system update). A phone another run is
// changing is refused (device lease) with who holds it.
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { applyPlan } from '../actions/apply/apply-plan';
import type { BatchResult, StepProgress } from '../actions/apply/apply-types';
import { findInterrupted, resumeBatch } from '../actions/apply/interrupted';
import { EXECUTORS } from '../actions/executors';
import { resolveDataDir, withPhone, withStore } from '../journal/cli-store';
import { formatPlan } from '../plan/format-plan';
import { readPlanFile } from '../plan/plan-file';
import { parseAdbPort } from './adb-session-options';
import type { CliCommand, CliIo } from './command';
import { CliUsageError } from './command';

const usage = `Usage: privacyscope apply --serial S (--plan FILE | --resume BATCH) [options]

Options:
  --serial S          the device (must be the plan's phone: serial and build fingerprint)
  --plan FILE         plan.json written by \`privacyscope plan --out\`
  --resume BATCH      continue an interrupted batch (re-reads the step that was running)
  --accept-updated-system
                      resume a batch made before the phone's system was updated
  --yes               do not ask before changing the phone
  --stop-on-failure   stop at the first failed or refused step
  --data-dir DIR      where the journal is kept
  --adb-port P        the adb server's port (default 5037)`;

export interface ApplyPrompt {
  readonly isInteractive: () => boolean;
  readonly ask: (question: string) => Promise<string>;
}

const terminalPrompt: ApplyPrompt = {
  isInteractive: () => process.stdin.isTTY === true,
  ask: async (question) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    try {
      return await rl.question(question);
    } finally {
      rl.close();
    }
  },
};

const parseApplyArgs = (args: readonly string[]) => {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    options: {
      serial: { type: 'string' },
      plan: { type: 'string' },
      resume: { type: 'string' },
      'accept-updated-system': { type: 'boolean' },
      yes: { type: 'boolean' },
      'stop-on-failure': { type: 'boolean' },
      'data-dir': { type: 'string' },
      'adb-port': { type: 'string' },
    },
  });
  if (values.serial === undefined) throw new CliUsageError('--serial is required');
  if ((values.plan === undefined) === (values.resume === undefined))
    throw new CliUsageError('give --plan FILE or --resume BATCH');
  return {
    ...values,
    serial: values.serial,
    dataDir: resolveDataDir(values['data-dir']),
    adbPort: parseAdbPort(values['adb-port']),
  };
};

const progressLine = (event: StepProgress): string =>
  `[${event.index}/${event.total}] ${event.kind} step ${event.stepId}: ${event.status}`;

export const summaryLines = (result: BatchResult): string[] => [
  `Batch ${result.batchId}: ${result.state} — ${Object.entries(result.counts)
    .map(([status, count]) => `${count} ${status}`)
    .join(', ')}`,
  ...(result.state === 'interrupted'
    ? [
        `Resume with --resume ${result.batchId}, or roll back with: privacyscope undo --batch ${result.batchId}`,
      ]
    : []),
];

const exitCodeOf = (result: BatchResult): number =>
  result.state === 'completed' && (result.counts.failed ?? 0) === 0 && (result.counts.refused ?? 0) === 0
    ? 0
    : 1;

export const createApplyCommand = (prompt: ApplyPrompt = terminalPrompt): CliCommand => ({
  name: 'apply',
  summary: 'apply a plan to a phone (journaled, verified, undoable)',
  usage,
  run: async (args: readonly string[], io: CliIo): Promise<number> => {
    const options = parseApplyArgs(args);
    const plan = options.plan === undefined ? undefined : await readPlanFile(options.plan);
    if (options.yes !== true) {
      if (!prompt.isInteractive())
        throw new CliUsageError('stdin is not a terminal: pass --yes to apply without asking');
      for (const line of plan === undefined ? [`Resume batch ${options.resume ?? ''}`] : formatPlan(plan))
        io.out(line);
      const answer = await prompt.ask('Change the phone now? [y/N] ');
      if (!/^y(es)?$/i.test(answer.trim())) {
        io.out('Nothing was changed.');
        return 0;
      }
    }
    const result = await withStore(options.dataDir, (store) =>
      withPhone(
        { port: options.adbPort, serial: options.serial, signal: io.signal },
        async (session, identity) => {
          await store.devices.identify(identity);
          const engine = {
            session,
            journal: store.journal,
            executors: EXECUTORS,
            signal: io.signal,
            onProgress: (event: StepProgress) => {
              if (event.type === 'step-finished') io.out(progressLine(event));
            },
            ...(options['stop-on-failure'] === true ? { stopOnFailure: true } : {}),
          };
          if (plan === undefined) {
            return resumeBatch({
              ...engine,
              batchId: options.resume ?? '',
              acceptUpdatedSystem: options['accept-updated-system'] === true,
            });
          }
          for (const batch of await findInterrupted(store.journal, identity)) {
            const updated =
              batch.device.fingerprint === identity.fingerprint
                ? ''
                : ' It was made before a system update: add --accept-updated-system.';
            io.err(
              `Note: batch ${batch.id} on this phone was interrupted; resume it with --resume ${batch.id} or roll it back with \`privacyscope undo --batch ${batch.id}\`.${updated}`,
            );
          }
          return applyPlan({ ...engine, plan });
        },
      ),
    );
    for (const line of summaryLines(result)) io.out(line);
    return exitCodeOf(result);
  },
});

export const applyCommand: CliCommand = createApplyCommand();
