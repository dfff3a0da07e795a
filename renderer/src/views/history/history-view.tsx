// #/history: the journal of the current phone — batches and steps, undo a step / a batch /
// everything, resume or roll back an interrupted batch — and the scans over time with a diff.
import '../plan/change-views.css';
import type { ReactNode } from 'react';
import { useCallback, useEffect, useId, useState } from 'react';
import type { DeviceRef, JournalBatch, UndoScope } from '../../../../preload/contract';
import { useApi } from '../../api/api-context';
import { useI18n } from '../../i18n/i18n-context';
import { routeHref } from '../../router/routes';
import { usePhoneStore } from '../../state/phone-store';
import { ErrorAlert } from '../plan/error-alert';
import { ViewHeading } from '../view-heading';
import { HistoryBatch } from './history-batch';
import { canUndoAnything, interruptedBatches, newestFirst } from './history-model';
import { HistoryWorkPanel } from './history-work-panel';
import { InterruptedBanner } from './interrupted-banner';
import { ScanDiffSection } from './scan-diff-section';
import { awaitsUpdateConsent, updateConsent } from './system-updated-model';
import { SystemUpdatedNotice } from './system-updated-notice';
import { useHistoryWork } from './use-history-work';

const DONE_KEYS = {
  undo: 'history.undone',
  resume: 'history.resumed',
  rollback: 'history.rolledBack',
  stopped: 'history.stopped',
} as const;

const Journal = ({ device }: { device: DeviceRef }): ReactNode => {
  const { t } = useI18n();
  const api = useApi();
  const batchesId = useId();
  const [batches, setBatches] = useState<readonly JournalBatch[] | undefined>(undefined);
  const [loadError, setLoadError] = useState<unknown>(undefined);
  const [reload, setReload] = useState(0);
  const reloadAll = useCallback(() => setReload((value) => value + 1), []);
  const work = useHistoryWork({ api, device, batches, onSettled: reloadAll });
  const { runner, done } = work;
  const [acceptUpdated, setAcceptUpdated] = useState(false);

  useEffect(() => {
    let live = true;
    api.journal.list({ device }).then(
      (list) => live && (setBatches(newestFirst(list)), setLoadError(undefined)),
      (error: unknown) => live && setLoadError(error),
    );
    return () => void (live = false);
  }, [api, device, reload]);

  const consent = updateConsent(acceptUpdated);
  const undo = (scope: UndoScope): void => void work.start({ kind: 'undo', scope, ...consent });
  const resume = (batchId: string): void => void work.start({ kind: 'resume', batchId, ...consent });
  const rollBack = (batchId: string): void => void work.start({ kind: 'rollback', batchId, ...consent });

  if (loadError !== undefined && batches === undefined) return <ErrorAlert error={loadError} />;
  if (batches === undefined) return <p role="status">{t('history.loading')}</p>;
  const busy = runner.running;
  return (
    <>
      <ErrorAlert error={runner.error} />
      {done === undefined || busy ? null : <p role="status">{t(DONE_KEYS[done])}</p>}
      <SystemUpdatedNotice
        batches={batches}
        accepted={acceptUpdated}
        busy={busy}
        onAcceptedChange={setAcceptUpdated}
      />
      {interruptedBatches(batches).map((batch) => (
        <InterruptedBanner
          key={batch.id}
          batch={batch}
          busy={busy || awaitsUpdateConsent(batch, acceptUpdated)}
          onResume={resume}
          onRollBack={rollBack}
        />
      ))}
      <HistoryWorkPanel state={work} />
      <section aria-labelledby={batchesId}>
        <h2 id={batchesId}>{t('history.batches')}</h2>
        {batches.length === 0 ? <p>{t('history.empty')}</p> : null}
        {canUndoAnything(batches) ? (
          <button type="button" disabled={busy} onClick={() => undo({ all: true })}>
            {t('history.undoAll')}
          </button>
        ) : null}
        <ol className="history-batches">
          {batches.map((batch) => (
            <HistoryBatch
              key={batch.id}
              batch={batch}
              busy={busy}
              onUndoStep={(rowId) => undo({ rowId })}
              onUndoBatch={(batchId) => undo({ batchId })}
            />
          ))}
        </ol>
      </section>
      <ScanDiffSection device={device} reload={reload} />
    </>
  );
};

export const HistoryView = (): ReactNode => {
  const { t } = useI18n();
  const device = usePhoneStore((state) => state.device);
  return (
    <>
      <ViewHeading>{t('history.title')}</ViewHeading>
      <p>{t('history.intro')}</p>
      {device === undefined ? (
        <p>
          {t('change.noDevice')} <a href={routeHref('devices')}>{t('change.goDevices')}</a>
        </p>
      ) : (
        <Journal key={`${device.server ?? ''}/${device.serial}`} device={device} />
      )}
    </>
  );
};
