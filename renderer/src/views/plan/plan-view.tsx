// #/plan: the user's selected changes → the exact plan (plan:build) → confirm → apply with a
// progress bar per step and Cancel (plan:apply) → results per step; a full success clears
// the selection.
import './change-views.css';
import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import type { ChangeSelection, JournalBatch, Plan } from '../../../../preload/contract';
import { useApi } from '../../api/api-context';
import { useI18n } from '../../i18n/i18n-context';
import { routeHref } from '../../router/routes';
import { usePhoneStore } from '../../state/phone-store';
import { ViewHeading } from '../view-heading';
import { ErrorAlert } from './error-alert';
import { PlanReview } from './plan-review';
import { describeAction } from './step-labels';
import { isFullSuccess } from './step-progress';
import { StepResults } from './step-results';
import { TaskProgressPanel } from './task-progress-panel';
import { useStepProgress } from './use-step-progress';
import { useTaskRunner } from './use-task-runner';

/** The plan (or error) built for one selection list and retry count. */
type Built = {
  readonly selections: readonly ChangeSelection[];
  readonly generation: number;
  readonly plan?: Plan;
  readonly error?: unknown;
};

export const PlanView = (): ReactNode => {
  const { t } = useI18n();
  const api = useApi();
  const device = usePhoneStore((state) => state.device);
  const selections = usePhoneStore((state) => state.selections);
  const clearSelections = usePhoneStore((state) => state.clearSelections);
  const [built, setBuilt] = useState<Built | undefined>(undefined);
  const [result, setResult] = useState<JournalBatch | undefined>(undefined);
  const [generation, setGeneration] = useState(0);
  const runner = useTaskRunner(api);
  const progress = useStepProgress(api, runner.taskId);

  useEffect(() => {
    if (device === undefined || selections.length === 0) return undefined;
    let live = true;
    api.plan.build({ device, selections }).then(
      (plan) => live && setBuilt({ selections, generation, plan }),
      (error: unknown) => live && setBuilt({ selections, generation, error }),
    );
    return () => void (live = false);
  }, [api, device, selections, generation]);

  const current = built?.selections === selections && built.generation === generation ? built : undefined;
  const plan = current?.plan;
  const buildError = current?.error;

  const apply = async (plan: Plan): Promise<void> => {
    if (device === undefined) return;
    const batch = await runner.run('apply', (taskId) => api.plan.apply({ device, plan, taskId }));
    if (batch === undefined) return;
    setResult(batch);
    if (isFullSuccess(batch)) clearSelections();
  };

  const body = (): ReactNode => {
    if (device === undefined)
      return (
        <p>
          {t('change.noDevice')} <a href={routeHref('devices')}>{t('change.goDevices')}</a>
        </p>
      );
    if (runner.running && plan !== undefined)
      return (
        <TaskProgressPanel
          title={t('plan.applying')}
          steps={plan.steps.map((step) => ({
            id: step.id,
            label: describeAction(step.kind, step.target, t),
          }))}
          progress={progress}
          cancelling={runner.cancelling}
          onCancel={runner.cancel}
        />
      );
    if (result !== undefined) return <StepResults batch={result} />;
    if (selections.length === 0)
      return (
        <p>
          {t('plan.empty')} <a href={routeHref('apps')}>{t('plan.goApps')}</a>
        </p>
      );
    if (current === undefined) return <p role="status">{t('plan.building')}</p>;
    if (plan === undefined) return null;
    return (
      <>
        <p>{t('plan.selections', { count: selections.length })}</p>
        <PlanReview plan={plan} deviceLabel={device.serial} onApply={() => void apply(plan)} />
      </>
    );
  };

  return (
    <>
      <ViewHeading>{t('plan.title')}</ViewHeading>
      <p>{t('plan.intro')}</p>
      <ErrorAlert error={buildError ?? runner.error} />
      {buildError === undefined ? null : (
        <button type="button" onClick={() => setGeneration((value) => value + 1)}>
          {t('error.retry')}
        </button>
      )}
      {runner.error === undefined ? null : (
        <p>
          <a href={routeHref('history')}>{t('plan.viewHistory')}</a>
        </p>
      )}
      {body()}
    </>
  );
};
