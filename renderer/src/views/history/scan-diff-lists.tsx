// The four lists of a scan diff: new and removed apps, new and removed grants.
import type { ReactNode } from 'react';
import type { ScanDiff } from '../../../../preload/contract';
import { useI18n } from '../../i18n/i18n-context';
import { shortName } from '../plan/step-labels';

const List = ({ title, items }: { title: string; items: readonly string[] }): ReactNode => {
  const { t } = useI18n();
  return (
    <>
      <h3>{title}</h3>
      {items.length === 0 ? (
        <p>{t('history.nothing')}</p>
      ) : (
        <ul aria-label={title}>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </>
  );
};

export const ScanDiffLists = ({ diff }: { diff: ScanDiff }): ReactNode => {
  const { t } = useI18n();
  const grant = (entry: { packageName: string; permission: string }): string =>
    `${entry.packageName} — ${shortName(entry.permission)}`;
  return (
    <div className="scan-diff">
      <List title={t('history.newApps', { count: diff.newApps.length })} items={diff.newApps} />
      <List title={t('history.removedApps', { count: diff.removedApps.length })} items={diff.removedApps} />
      <List
        title={t('history.newGrants', { count: diff.newGrants.length })}
        items={diff.newGrants.map(grant)}
      />
      <List
        title={t('history.removedGrants', { count: diff.removedGrants.length })}
        items={diff.removedGrants.map(grant)}
      />
    </div>
  );
};
