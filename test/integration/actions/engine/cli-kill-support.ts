// Crash-test helpers shared by the SIGKILL, device-lease and OTA tests: read a data folder's
// journal from disk (read-only, as a second process would), and run `privacyscope apply --yes`
// in a child process that is SIGKILLed once `k` steps are journaled as verified.
import { expect } from 'vitest';
import { createJournalRepository } from '../../../../main/db/repositories/journal-repository';
import { openDatabase } from '../../../../main/db/open-database';
import type { JournalBatch } from '../../../../main/journal/journal-types';
import { storeFile } from '../../../../main/journal/open-store';
import { type CliRun, runCli } from './cli-process';

export const readBatches = async (dataDir: string): Promise<readonly JournalBatch[]> => {
  const db = openDatabase({ file: storeFile(dataDir), readonly: true });
  try {
    const journal = createJournalRepository(db);
    const phones = db.all<{ hardwareId: string }>('SELECT DISTINCT hardware_id AS hardwareId FROM devices');
    return (await Promise.all(phones.map((phone) => journal.listBatches(phone)))).flat();
  } finally {
    db.close();
  }
};

export const verifiedCount = async (dataDir: string): Promise<number> => {
  try {
    return (await readBatches(dataDir))
      .flatMap((batch) => batch.steps)
      .filter((step) => step.status === 'verified').length;
  } catch {
    return 0; // not created yet
  }
};

export interface ApplyRun {
  readonly cli: string;
  readonly serial: string;
  readonly planFile: string;
  readonly dataDir: string;
  readonly adbPort: number;
}

/** Starts `apply --yes` in a child process. */
export const startApply = (run: ApplyRun): CliRun =>
  runCli(run.cli, [
    'apply',
    '--serial',
    run.serial,
    '--plan',
    run.planFile,
    '--yes',
    '--data-dir',
    run.dataDir,
    '--adb-port',
    String(run.adbPort),
  ]);

/** Resolves once `k` steps of the data folder's journal are verified (the child still running). */
export const waitForVerified = async (options: {
  run: CliRun;
  dataDir: string;
  k: number;
}): Promise<void> => {
  const deadline = Date.now() + 30_000;
  while ((await verifiedCount(options.dataDir)) < options.k) {
    if (options.run.child.exitCode !== null)
      throw new Error(`apply ended too early:\n${options.run.output()}`);
    if (Date.now() > deadline) throw new Error(`no progress:\n${options.run.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

/** Starts `apply --yes` and SIGKILLs it once `k` steps are journaled as verified. */
export const applyAndKill = async (run: ApplyRun & { k: number }): Promise<JournalBatch> => {
  const child = startApply(run);
  await waitForVerified({ run: child, dataDir: run.dataDir, k: run.k });
  child.child.kill('SIGKILL');
  expect((await child.exited).signal).toBe('SIGKILL');
  const [batch] = await readBatches(run.dataDir);
  if (batch === undefined) throw new Error('no batch was journaled');
  return batch;
};
