// The plan before it runs: every step, every skipped change with its reason, and a confirmation.
import type { ReactNode } from 'react';
import { useId, useState } from 'react';
import type { Plan } from '../../../../preload/contract';
import { useI18n } from '../../i18n/i18n-context';
import { useAppNameOf } from '../apps/use-app-name-of';
import { PlanStepCard } from './plan-step-card';
import { describeAction, skipReasonText } from './step-labels';

export interface PlanReviewProps {
  readonly plan: Plan;
  readonly deviceLabel: string;
  readonly onApply: () => void;
}

export const PlanReview = ({ plan, deviceLabel, onApply }: PlanReviewProps): ReactNode => {
  const { t, language } = useI18n();
  const nameOf = useAppNameOf();
  const [confirmed, setConfirmed] = useState(false);
  const stepsId = useId();
  const skippedId = useId();
  return (
    <>
      <section aria-labelledby={stepsId}>
        <h2 id={stepsId}>{t('plan.steps', { count: plan.steps.length })}</h2>
        <ol className="plan-steps">
          {plan.steps.map((step) => (
            <PlanStepCard key={step.id} step={step} />
          ))}
        </ol>
      </section>
      {plan.skipped.length === 0 ? null : (
        <section aria-labelledby={skippedId}>
          <h2 id={skippedId}>{t('plan.skipped', { count: plan.skipped.length })}</h2>
          <ul>
            {plan.skipped.map((skip, index) => (
              <li key={`${skip.kind}-${skip.target.packageName}-${index}`}>
                <strong>{describeAction(skip.kind, skip.target, t, nameOf)}</strong> —{' '}
                {skipReasonText(skip, { t, language })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {plan.steps.length === 0 ? null : (
        <form
          className="plan-confirm"
          onSubmit={(event) => {
            event.preventDefault();
            if (confirmed) onApply();
          }}
        >
          <label>
            <input
              type="checkbox"
              checked={confirmed}
              onChange={(event) => setConfirmed(event.currentTarget.checked)}
            />
            {t('plan.confirm', { count: plan.steps.length, device: deviceLabel })}
          </label>
          <button type="submit" disabled={!confirmed}>
            {t('plan.apply')}
          </button>
        </form>
      )}
    </>
  );
};
