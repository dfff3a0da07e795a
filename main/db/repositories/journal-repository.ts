// The action journal in SQLite (tables from migration 0002; phones by hardware id and the
// device leases since 0004). Every write is one short statement (or one small transaction when
// a batch is opened), so a crash at any point leaves rows that say what was known at that moment.
import type {
  Plan,
  PlannedStep,
  PriorState,
  StepOutcome,
  StepStatus,
  StepTarget,
  ActionKind,
} from '../../actions/action-types';
import type { BatchKind, BatchState, Journal, JournalBatch, JournalStep } from '../../journal/journal-types';
import type { SqliteDatabase } from '../sqlite-database';
import { createDeviceLocksRepository } from './device-locks-repository';
import { identifyDeviceSync } from './devices-repository';

interface BatchRow {
  id: string;
  serial: string;
  fingerprint: string;
  hardwareId: string;
  kind: string;
  plan: string;
  state: string;
  createdAt: string;
  updatedAt: string;
}

interface StepRow {
  rowId: number;
  batchId: string;
  stepId: string;
  position: number;
  kind: string;
  target: string;
  step: string;
  status: string;
  prior: string | null;
  outcome: string | null;
  undoOf: number | null;
  createdAt: string;
  startedAt: string | null;
  updatedAt: string;
}

const BATCH_COLUMNS = `b.id, d.serial, d.fingerprint, d.hardware_id AS hardwareId, b.kind, b.plan, b.state, b.created_at AS createdAt,
  b.updated_at AS updatedAt FROM journal_batches b JOIN devices d ON d.id = b.device_id`;
const STEP_COLUMNS = `id AS rowId, batch_id AS batchId, step_id AS stepId, position, kind, target, step,
  status, prior, outcome, undo_of AS undoOf, created_at AS createdAt, started_at AS startedAt,
  updated_at AS updatedAt FROM journal_steps`;
const SQL = {
  insertBatch: `INSERT INTO journal_batches (id, device_id, kind, plan, state, created_at, updated_at)
VALUES (@id, @deviceId, @kind, @plan, 'open', @now, @now)`,
  insertStep: `INSERT INTO journal_steps (batch_id, step_id, position, kind, target, step, status, undo_of,
  created_at, updated_at) VALUES (@batchId, @stepId, @position, @kind, @target, @step, 'pending', @undoOf, @now, @now)`,
  running: `UPDATE journal_steps SET status = 'running', started_at = @now, updated_at = @now
WHERE batch_id = @batchId AND step_id = @stepId`,
  prior: `UPDATE journal_steps SET prior = @prior, updated_at = @now WHERE batch_id = @batchId AND step_id = @stepId`,
  outcome: `UPDATE journal_steps SET status = @status, outcome = @outcome, updated_at = @now
WHERE batch_id = @batchId AND step_id = @stepId`,
  stepStatus: 'UPDATE journal_steps SET status = @status, updated_at = @now WHERE id = @rowId',
  batchState: 'UPDATE journal_batches SET state = @state, updated_at = @now WHERE id = @batchId',
  batch: `SELECT ${BATCH_COLUMNS} WHERE b.id = @batchId`,
  batches: `SELECT ${BATCH_COLUMNS} WHERE d.hardware_id = @hardwareId
ORDER BY b.created_at DESC, b.rowid DESC`,
  steps: `SELECT ${STEP_COLUMNS} WHERE batch_id = @batchId ORDER BY position`,
  step: `SELECT ${STEP_COLUMNS} WHERE id = @rowId`,
} as const;

const parse = <T>(text: string): T => JSON.parse(text) as T;

const toStep = (row: StepRow): JournalStep => ({
  rowId: row.rowId,
  batchId: row.batchId,
  stepId: row.stepId,
  position: row.position,
  kind: row.kind as ActionKind,
  target: parse<StepTarget>(row.target),
  step: parse<PlannedStep>(row.step),
  status: row.status as StepStatus,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  ...(row.prior === null ? {} : { prior: parse<PriorState>(row.prior) }),
  ...(row.outcome === null ? {} : { outcome: parse<StepOutcome>(row.outcome) }),
  ...(row.undoOf === null ? {} : { undoOf: row.undoOf }),
  ...(row.startedAt === null ? {} : { startedAt: row.startedAt }),
});

export const createJournalRepository = (db: SqliteDatabase, options: { now?: () => Date } = {}): Journal => {
  const now = (): string => (options.now?.() ?? new Date()).toISOString();
  const toBatch = (row: BatchRow): JournalBatch => ({
    id: row.id,
    device: { serial: row.serial, fingerprint: row.fingerprint, hardwareId: row.hardwareId },
    kind: row.kind as BatchKind,
    plan: parse<Plan>(row.plan),
    state: row.state as BatchState,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    steps: db.all<StepRow>(SQL.steps, { batchId: row.id }).map(toStep),
  });
  const readBatch = (batchId: string): JournalBatch | undefined => {
    const row = db.get<BatchRow>(SQL.batch, { batchId });
    return row === undefined ? undefined : toBatch(row);
  };
  return {
    openBatch: async (input) => {
      const stamp = now();
      db.transaction(() => {
        const device = identifyDeviceSync(db, { ...input.device, now: stamp });
        db.run(SQL.insertBatch, {
          id: input.id,
          deviceId: device.id,
          kind: input.kind,
          plan: JSON.stringify(input.plan),
          now: stamp,
        });
        input.plan.steps.forEach((step, position) =>
          db.run(SQL.insertStep, {
            batchId: input.id,
            stepId: step.id,
            position,
            kind: step.kind,
            target: JSON.stringify(step.target),
            step: JSON.stringify(step),
            undoOf: input.undoOf?.get(step.id) ?? null,
            now: stamp,
          }),
        );
      });
      const batch = readBatch(input.id);
      if (batch === undefined) throw new Error(`journal batch ${input.id} was not stored`);
      return batch;
    },
    markRunning: async (key) => {
      db.run(SQL.running, { ...key, now: now() });
    },
    recordPrior: async ({ batchId, stepId, prior }) => {
      db.run(SQL.prior, { batchId, stepId, prior: JSON.stringify(prior), now: now() });
    },
    recordOutcome: async ({ batchId, stepId, outcome }) => {
      db.run(SQL.outcome, {
        batchId,
        stepId,
        status: outcome.status,
        outcome: JSON.stringify(outcome),
        now: now(),
      });
    },
    setStepStatus: async ({ rowId, status }) => {
      db.run(SQL.stepStatus, { rowId, status, now: now() });
    },
    setBatchState: async ({ batchId, state }) => {
      db.run(SQL.batchState, { batchId, state, now: now() });
    },
    getBatch: async (batchId) => readBatch(batchId),
    listBatches: async (phone) =>
      db.all<BatchRow>(SQL.batches, { hardwareId: phone.hardwareId }).map(toBatch),
    getStep: async (rowId) => {
      const row = db.get<StepRow>(SQL.step, { rowId });
      return row === undefined ? undefined : toStep(row);
    },
    locks: createDeviceLocksRepository(db),
  };
};
