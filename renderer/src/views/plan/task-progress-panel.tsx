// Progress of an apply/undo task: an overall bar, one bar per step with its label and status,
// and Cancel while it runs; once `finished`, the same rows stay as a record of each step.
import type { ReactNode } from 'react';
import { useId } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { StepProgressState } from './step-progress';
import { stepFraction } from './step-progress';
import { statusText } from './step-labels';

export interface TaskProgressPanelProps {
  readonly title: string;
  readonly steps: readonly { readonly id: string; readonly label: string }[];
  readonly progress: StepProgressState;
  readonly cancelling: boolean;
  readonly onCancel: () => void;
  /** The task is over: no Cancel, not busy, each step keeps its final status. */
  readonly finished?: boolean;
}

export const TaskProgressPanel = (props: TaskProgressPanelProps): ReactNode => {
  const { t } = useI18n();
  const headingId = useId();
  const { title, steps, progress, cancelling, onCancel, finished = false } = props;
  const total = progress.total || steps.length;
  return (
    <section className="task-panel" aria-labelledby={headingId} aria-busy={!finished}>
      <h2 id={headingId}>{title}</h2>
      {finished ? null : (
        <p role="status">
          {progress.index === 0
            ? t('change.working')
            : t('change.progress', { index: progress.index, total })}
        </p>
      )}
      <progress aria-label={title} value={progress.index} max={Math.max(total, 1)} />
      <ol className="task-steps">
        {steps.map((step) => {
          const status = progress.statuses[step.id];
          return (
            <li key={step.id}>
              <span>{step.label}</span>
              <progress
                aria-label={t('change.progressLabel', { name: step.label })}
                value={stepFraction(status)}
                max={1}
              />
              <span>{status === undefined ? t('change.status.pending') : statusText(status, t)}</span>
            </li>
          );
        })}
      </ol>
      {finished ? null : (
        <button type="button" onClick={onCancel} disabled={cancelling}>
          {cancelling ? t('change.cancelling') : t('change.cancel')}
        </button>
      )}
    </section>
  );
};
