// The outcome of each step of a batch: status, the device's own message and localised guidance.
import type { ReactNode } from 'react';
import { useId } from 'react';
import type { JournalBatch } from '../../../../preload/contract';
import { useI18n } from '../../i18n/i18n-context';
import { useAppNameOf } from '../apps/use-app-name-of';
import { routeHref } from '../../router/routes';
import { countOutcomes, isFullSuccess } from './step-progress';
import { describeAction, guidanceText, statusText } from './step-labels';

export interface StepResultsProps {
  readonly batch: JournalBatch;
  /** What a full success says (default: the selection was applied and cleared). */
  readonly doneMessage?: string;
}

export const StepResults = ({ batch, doneMessage }: StepResultsProps): ReactNode => {
  const { t } = useI18n();
  const nameOf = useAppNameOf();
  const headingId = useId();
  const counts = countOutcomes(batch.steps);
  const success = isFullSuccess(batch);
  const interrupted = batch.steps.some((step) => step.status === 'pending' || step.status === 'running');
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('plan.results')}</h2>
      <p role="status">
        {success
          ? (doneMessage ?? t('plan.done'))
          : interrupted
            ? t('plan.interrupted')
            : t('plan.resultsSummary', counts)}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('plan.steps', { count: batch.steps.length })}</th>
            <th scope="col">{t('plan.results')}</th>
          </tr>
        </thead>
        <tbody>
          {batch.steps.map((step) => {
            const guidance = step.status === 'refused' ? guidanceText(step.outcome?.guidance, t) : undefined;
            const message = step.outcome?.deviceMessage;
            return (
              <tr key={step.rowId}>
                <th scope="row">{describeAction(step.kind, step.target, t, nameOf)}</th>
                <td>
                  <strong>{statusText(step.status, t)}</strong>
                  {guidance === undefined ? null : <p>{guidance}</p>}
                  {message === undefined || step.status === 'verified' ? null : (
                    <p>{t('change.deviceMessage', { message })}</p>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>
        <a href={routeHref('history')}>{t('plan.viewHistory')}</a>
      </p>
    </section>
  );
};
