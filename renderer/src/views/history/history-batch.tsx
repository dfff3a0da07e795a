// One journal batch: when, what kind, its state, and each step with its status and an undo button.
import type { ReactNode } from 'react';
import { useId } from 'react';
import type { JournalBatch } from '../../../../preload/contract';
import { useI18n } from '../../i18n/i18n-context';
import { useAppNameOf } from '../apps/use-app-name-of';
import { describeAction, guidanceText, statusText } from '../plan/step-labels';
import { canUndoBatch, isUndoableStep } from './history-model';

export interface HistoryBatchProps {
  readonly batch: JournalBatch;
  readonly busy: boolean;
  readonly onUndoStep: (rowId: number) => void;
  readonly onUndoBatch: (batchId: string) => void;
}

export const HistoryBatch = ({ batch, busy, onUndoStep, onUndoBatch }: HistoryBatchProps): ReactNode => {
  const { t, format } = useI18n();
  const nameOf = useAppNameOf();
  const headingId = useId();
  const kind = t(batch.kind === 'apply' ? 'history.kind.apply' : 'history.kind.undo');
  const time = format.dateTime(Date.parse(batch.createdAt));
  return (
    <li>
      <article aria-labelledby={headingId} className="history-batch">
        <h3 id={headingId}>{t('history.batch', { kind, time })}</h3>
        <p>{t(`history.state.${batch.state}`)}</p>
        <table>
          <tbody>
            {batch.steps.map((step) => {
              const action = describeAction(step.kind, step.target, t, nameOf);
              const what = batch.kind === 'undo' ? t('history.undoOf', { what: action }) : action;
              const guidance =
                step.status === 'refused' ? guidanceText(step.outcome?.guidance, t) : undefined;
              return (
                <tr key={step.rowId}>
                  <th scope="row">{what}</th>
                  <td>
                    {statusText(step.status, t)}
                    {guidance === undefined ? null : <p>{guidance}</p>}
                  </td>
                  <td>
                    {batch.kind === 'apply' && batch.state !== 'interrupted' && isUndoableStep(step) ? (
                      <button
                        type="button"
                        disabled={busy}
                        aria-label={`${t('history.undoStep', { id: step.stepId })}: ${what}`}
                        onClick={() => onUndoStep(step.rowId)}
                      >
                        {t('history.undoStep', { id: step.stepId })}
                      </button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {canUndoBatch(batch) ? (
          <button type="button" disabled={busy} onClick={() => onUndoBatch(batch.id)}>
            {t('history.undoBatch')}
          </button>
        ) : null}
      </article>
    </li>
  );
};
