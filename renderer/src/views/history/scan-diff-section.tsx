// Scans over time — each can be restored (scan-list) — and what changed between two of them
// (scans:list, scans:diff).
import type { ReactNode } from 'react';
import { useEffect, useId, useState } from 'react';
import type { DeviceRef, ScanDiff, ScanRecord } from '../../../../preload/contract';
import { useApi } from '../../api/api-context';
import { useI18n } from '../../i18n/i18n-context';
import { ErrorAlert } from '../plan/error-alert';
import { defaultDiffPair } from './history-model';
import { ScanDiffLists } from './scan-diff-lists';
import { ScanList } from './scan-list';

export const ScanDiffSection = ({ device, reload }: { device: DeviceRef; reload: number }): ReactNode => {
  const { t, format } = useI18n();
  const api = useApi();
  const headingId = useId();
  const fromId = useId();
  const toId = useId();
  const [scans, setScans] = useState<readonly ScanRecord[]>([]);
  const [pair, setPair] = useState<{ fromId: number; toId: number } | undefined>(undefined);
  const [diff, setDiff] = useState<ScanDiff | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);

  useEffect(() => {
    let live = true;
    api.scans.list({ device }).then(
      (list) => {
        if (!live) return;
        setScans(list);
        setPair(defaultDiffPair(list));
      },
      (failure: unknown) => live && setError(failure),
    );
    return () => void (live = false);
  }, [api, device, reload]);

  const compare = (): void => {
    if (pair === undefined) return;
    setError(undefined);
    api.scans.diff({ device, ...pair }).then(setDiff, setError);
  };

  const label = (scan: ScanRecord): string =>
    t('history.scan', {
      time: format.dateTime(scan.takenAtMs),
      score: format.number(scan.score),
      apps: format.number(scan.appCount),
    });
  const picker = (id: string, text: string, key: 'fromId' | 'toId'): ReactNode => (
    <label htmlFor={id}>
      {text}
      <select
        id={id}
        value={pair?.[key] ?? ''}
        onChange={(event) => pair && setPair({ ...pair, [key]: Number(event.currentTarget.value) })}
      >
        {scans.map((scan) => (
          <option key={scan.id} value={scan.id}>
            {label(scan)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('history.scans')}</h2>
      <ErrorAlert error={error} />
      {scans.length === 0 ? null : <ScanList scans={scans} />}
      {pair === undefined ? (
        <p>{t('history.scansEmpty')}</p>
      ) : (
        <div className="scan-pickers">
          {picker(fromId, t('history.from'), 'fromId')}
          {picker(toId, t('history.to'), 'toId')}
          <button type="button" onClick={compare}>
            {t('history.compare')}
          </button>
        </div>
      )}
      {diff === undefined ? null : <ScanDiffLists diff={diff} />}
    </section>
  );
};
