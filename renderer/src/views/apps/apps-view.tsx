// `#/apps`: every app of the current phone's scan in a searchable, filterable, sortable grid;
// `#/apps/<package>` shows one app (AppDetailView).
import type { ReactNode } from 'react';
import { useApi } from '../../api/api-context';
import { useI18n } from '../../i18n/i18n-context';
import { ViewHeading } from '../view-heading';
import { AppsTable } from './apps-table';
import './apps.css';
import { ScanGate } from './scan-gate';
import { SelectionLink } from './selection-link';
import { useCurrentScan } from './use-current-scan';
import { useRules } from './use-rules';

export const AppsView = (): ReactNode => {
  const { t } = useI18n();
  const api = useApi();
  const rules = useRules(api);
  const current = useCurrentScan();
  return (
    <section className="apps-view" aria-labelledby="view-heading">
      <ViewHeading>{t('apps.title')}</ViewHeading>
      <SelectionLink />
      {current.status === 'ready' ? (
        <AppsTable scan={current.scan} rules={rules} />
      ) : (
        <ScanGate current={current} retry={current.retry} />
      )}
    </section>
  );
};
