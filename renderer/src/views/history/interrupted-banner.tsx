// An apply batch that stopped part-way: resume the remaining steps or roll back what was done.
import type { ReactNode } from 'react';
import type { JournalBatch } from '../../../../preload/contract';
import { useI18n } from '../../i18n/i18n-context';

export interface InterruptedBannerProps {
  readonly batch: JournalBatch;
  readonly busy: boolean;
  readonly onResume: (batchId: string) => void;
  readonly onRollBack: (batchId: string) => void;
}

export const InterruptedBanner = ({
  batch,
  busy,
  onResume,
  onRollBack,
}: InterruptedBannerProps): ReactNode => {
  const { t, format } = useI18n();
  return (
    <div role="alert" className="interrupted-banner">
      <p>{t('history.interrupted', { time: format.dateTime(Date.parse(batch.createdAt)) })}</p>
      {batch.systemUpdated === undefined ? null : <p>{t('history.systemUpdated.batch')}</p>}
      <button type="button" disabled={busy} onClick={() => onResume(batch.id)}>
        {t('history.resume')}
      </button>{' '}
      <button type="button" disabled={busy} onClick={() => onRollBack(batch.id)}>
        {t('history.rollBack')}
      </button>
    </div>
  );
};
