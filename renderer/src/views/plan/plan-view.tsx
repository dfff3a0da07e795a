// #/plan: what the user asked for — their selected changes, or an earlier scan to restore
// (History) — → the exact plan (plan:build / plan:restore) → confirm → apply with a progress
// bar per step and Cancel (plan:apply) → results per step; a full success clears the selection,
// any applied restore ends the restore request.
import './change-views.css';
import type { ReactNode } from 'react';
import { useMemo, useState } from 'react';
import type { JournalBatch, Plan } from '../../../../preload/contract';
import { useApi } from '../../api/api-context';
import { useI18n } from '../../i18n/i18n-context';
import { useAppNameOf } from '../apps/use-app-name-of';
import { routeHref } from '../../router/routes';
import type { RestoreRequest } from '../../state/phone-store';
import { usePhoneStore } from '../../state/phone-store';
import { ViewHeading } from '../view-heading';
import { ErrorAlert } from './error-alert';
import { PlanReview } from './plan-review';
import { RestoreIntro } from './restore-intro';
import { describeAction } from './step-labels';
import { isFullSuccess } from './step-progress';
import { StepResults } from './step-results';
import { TaskProgressPanel } from './task-progress-panel';
import type { PlanSource } from './use-built-plan';
import { useBuiltPlan } from './use-built-plan';
import { useStepProgress } from './use-step-progress';
import { useTaskRunner } from './use-task-runner';

export const PlanView = (): ReactNode => {
  const { t, format } = useI18n();
  const nameOf = useAppNameOf();
  const api = useApi();
  const device = usePhoneStore((state) => state.device);
  const selections = usePhoneStore((state) => state.selections);
  const restore = usePhoneStore((state) => state.restore);
  const clearSelections = usePhoneStore((state) => state.clearSelections);
  const clearRestore = usePhoneStore((state) => state.clearRestore);
  const source = useMemo<PlanSource | undefined>(() => {
    if (restore !== undefined) return { kind: 'restore', restore };
    return selections.length === 0 ? undefined : { kind: 'selections', selections };
  }, [restore, selections]);
  const built = useBuiltPlan({ api, device, source });
  const [result, setResult] = useState<{ batch: JournalBatch; restore?: RestoreRequest } | undefined>();
  const runner = useTaskRunner(api);
  const progress = useStepProgress(api, runner.taskId);
  const { plan } = built;

  const apply = async (plan: Plan): Promise<void> => {
    if (device === undefined) return;
    const restoring = restore;
    const batch = await runner.run('apply', (taskId) => api.plan.apply({ device, plan, taskId }));
    if (batch === undefined) return;
    setResult(restoring === undefined ? { batch } : { batch, restore: restoring });
    if (restoring !== undefined) clearRestore();
    else if (isFullSuccess(batch)) clearSelections();
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
            label: describeAction(step.kind, step.target, t, nameOf),
          }))}
          progress={progress}
          cancelling={runner.cancelling}
          onCancel={runner.cancel}
        />
      );
    if (result !== undefined) {
      const done = result.restore && t('restore.done', { time: format.dateTime(result.restore.takenAtMs) });
      return <StepResults batch={result.batch} {...(done === undefined ? {} : { doneMessage: done })} />;
    }
    if (source === undefined)
      return (
        <p>
          {t('plan.empty')} <a href={routeHref('apps')}>{t('plan.goApps')}</a>
        </p>
      );
    if (built.reading)
      return (
        <>
          <p role="status">{t('restore.reading')}</p>
          <button type="button" onClick={built.cancelReading}>
            {t('change.cancel')}
          </button>
        </>
      );
    if (built.building) return <p role="status">{t('plan.building')}</p>;
    if (plan === undefined) return null;
    return (
      <>
        {source.kind === 'selections' ? (
          <p>{t('plan.selections', { count: selections.length })}</p>
        ) : plan.steps.length === 0 ? (
          <p role="status">{t('restore.nothing')}</p>
        ) : null}
        <PlanReview plan={plan} deviceLabel={device.serial} onApply={() => void apply(plan)} />
      </>
    );
  };

  return (
    <>
      <ViewHeading>{t('plan.title')}</ViewHeading>
      <p>{t('plan.intro')}</p>
      {restore === undefined || result !== undefined ? null : <RestoreIntro restore={restore} />}
      <ErrorAlert error={built.error ?? runner.error} />
      {built.error === undefined ? null : (
        <button type="button" onClick={built.retry}>
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
