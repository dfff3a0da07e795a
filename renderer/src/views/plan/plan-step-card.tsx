// One planned step, exactly: what it does, why, the commands it runs, the expected effect, undo.
import type { ReactNode } from 'react';
import { useId } from 'react';
import type { PlannedStep } from '../../../../preload/contract';
import { useI18n } from '../../i18n/i18n-context';
import { useAppNameOf } from '../apps/use-app-name-of';
import { pickText } from './localised-text';
import { describeAction } from './step-labels';

export const PlanStepCard = ({ step }: { step: PlannedStep }): ReactNode => {
  const { t, language } = useI18n();
  const nameOf = useAppNameOf();
  const headingId = useId();
  return (
    <li>
      <article className="plan-step" aria-labelledby={headingId}>
        <h3 id={headingId}>
          {t('plan.step', { id: step.id, what: describeAction(step.kind, step.target, t, nameOf) })}
        </h3>
        <dl>
          {step.reason === undefined ? null : (
            <>
              <dt>{t('plan.why')}</dt>
              <dd>{pickText(step.reason, language)}</dd>
            </>
          )}
          <dt>{t('plan.commands')}</dt>
          <dd>
            <pre>
              <code>{step.commands.join('\n')}</code>
            </pre>
          </dd>
          <dt>{t('plan.expected')}</dt>
          <dd>{pickText(step.expected, language)}</dd>
          <dt>{t('plan.undo')}</dt>
          <dd>{pickText(step.undo, language)}</dd>
        </dl>
      </article>
    </li>
  );
};
