// "The phone's system was updated after some of these changes": which builds, why it matters,
// and the checkbox the user ticks before resuming, rolling back or undoing those changes.
import type { ReactNode } from 'react';
import { useId } from 'react';
import type { JournalBatch } from '../../../../preload/contract';
import { useI18n } from '../../i18n/i18n-context';
import { systemUpdates } from './system-updated-model';

export interface SystemUpdatedNoticeProps {
  readonly batches: readonly JournalBatch[];
  readonly accepted: boolean;
  readonly busy: boolean;
  readonly onAcceptedChange: (accepted: boolean) => void;
}

export const SystemUpdatedNotice = ({
  batches,
  accepted,
  busy,
  onAcceptedChange,
}: SystemUpdatedNoticeProps): ReactNode => {
  const { t } = useI18n();
  const titleId = useId();
  const updates = systemUpdates(batches);
  if (updates.length === 0) return null;
  return (
    <section aria-labelledby={titleId} className="interrupted-banner system-updated-notice">
      <h2 id={titleId}>{t('history.systemUpdated.title')}</h2>
      <p>{t('history.systemUpdated.body')}</p>
      <ul>
        {updates.map((update) => (
          <li key={`${update.batchFingerprint}\n${update.currentFingerprint}`}>
            {t('history.systemUpdated.builds', {
              before: update.batchFingerprint || '—',
              after: update.currentFingerprint || '—',
            })}
          </li>
        ))}
      </ul>
      <label>
        <input
          type="checkbox"
          checked={accepted}
          disabled={busy}
          onChange={(event) => onAcceptedChange(event.currentTarget.checked)}
        />{' '}
        {t('history.systemUpdated.accept')}
      </label>
    </section>
  );
};
