// The steps of History's current (or last) undo / resume / roll back: one row per step with its
// label, its own progress bar and status, Cancel while it runs — the same panel apply uses.
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { Translate } from '../../i18n/translate';
import type { AppNameOf } from '../apps/use-app-name-of';
import { useAppNameOf } from '../apps/use-app-name-of';
import { TaskProgressPanel } from '../plan/task-progress-panel';
import { describeAction } from '../plan/step-labels';
import type { HistoryWorkState } from './use-history-work';
import type { HistoryWork, WorkStep } from './work-steps';
import { finalStatuses, workRows, workStepById } from './work-steps';

const RUNNING_TITLES = {
  undo: 'history.undoing',
  resume: 'history.resuming',
  rollback: 'history.rollingBack',
} as const satisfies Record<HistoryWork['kind'], string>;

const labelOf = (row: WorkStep | { readonly id: string }, t: Translate, nameOf: AppNameOf): string => {
  if (!('kind' in row)) return t('history.stepFallback', { id: row.id });
  const what = describeAction(row.kind, row.target, t, nameOf);
  return row.undo ? t('history.undoOf', { what }) : what;
};

export const HistoryWorkPanel = ({ state }: { state: HistoryWorkState }): ReactNode => {
  const { t } = useI18n();
  const nameOf = useAppNameOf();
  const { run, runner, progress } = state;
  if (run === undefined) return null;
  const finished = !runner.running;
  const statuses = finalStatuses(progress.statuses, run.result);
  const rows = workRows({
    expected: run.expected,
    reportedIds: Object.keys(progress.statuses),
    lookUp: (id) => workStepById(run.batches, run.work, id),
  });
  return (
    <TaskProgressPanel
      title={finished ? t('history.lastRun') : t(RUNNING_TITLES[run.work.kind])}
      steps={rows.map((row) => ({ id: row.id, label: labelOf(row, t, nameOf) }))}
      progress={{ ...progress, statuses }}
      cancelling={runner.cancelling}
      onCancel={runner.cancel}
      finished={finished}
    />
  );
};
