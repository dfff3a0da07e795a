// A running scan: a progress bar (determinate when main reports a fraction), the phase being
// read, and Cancel.
import type { ReactNode } from 'react';
import { useId } from 'react';
import type { ProgressEvent } from '../../../../preload/contract';
import { useI18n } from '../../i18n/i18n-context';
import { scanPhaseText } from './scan-phase-text';

export const ScanProgress = ({
  progress,
  onCancel,
}: {
  progress: ProgressEvent | undefined;
  onCancel: () => void;
}): ReactNode => {
  const { t, format } = useI18n();
  const labelId = useId();
  const fraction = progress?.fraction;
  return (
    <section className="card scan-progress" aria-labelledby={labelId}>
      <h2 id={labelId}>{t('overview.scanning')}</h2>
      <progress
        aria-labelledby={labelId}
        max={1}
        {...(fraction === undefined ? {} : { value: fraction })}
        {...(fraction === undefined
          ? {}
          : { 'aria-valuetext': format.number(Math.round(fraction * 100)) + '%' })}
      />
      <p role="status">{progress === undefined ? t('devices.working') : scanPhaseText(progress.phase, t)}</p>
      <button type="button" onClick={onCancel}>
        {t('overview.cancel')}
      </button>
    </section>
  );
};
