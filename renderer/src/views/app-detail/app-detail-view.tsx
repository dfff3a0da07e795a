// `#/apps/<package>`: one app of the current scan — category and reason (changeable),
// permissions with the rule for its category, special access, app ops, findings with their
// citations, and the changes the user picks for it.
import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { useApi } from '../../api/api-context';
import { useI18n } from '../../i18n/i18n-context';
import { routeHref } from '../../router/routes';
import '../apps/apps.css';
import { displayName } from '../apps/display-name';
import { createRelativeTime } from '../apps/relative-time';
import { ScanGate } from '../apps/scan-gate';
import { SelectionLink } from '../apps/selection-link';
import { useCurrentScan } from '../apps/use-current-scan';
import { useRules } from '../apps/use-rules';
import { ViewHeading } from '../view-heading';
import { AppActions } from './app-actions';
import { AppFacts } from './app-facts';
import { AppOpsTable } from './app-ops-table';
import { CategorySection } from './category-section';
import { FindingsList } from './findings-list';
import { PermissionsTable } from './permissions-table';
import { SpecialAccessSection } from './special-access-section';

export const AppDetailView = ({ packageName }: { packageName: string }): ReactNode => {
  const { t, language } = useI18n();
  const api = useApi();
  const rules = useRules(api);
  const current = useCurrentScan();
  const scan = current.status === 'ready' ? current.scan : undefined;
  const app = scan?.apps.find((entry) => entry.packageName === packageName);
  const takenAtMs = scan?.takenAtMs ?? 0;
  const relative = useMemo(() => createRelativeTime(language, takenAtMs), [language, takenAtMs]);

  return (
    <article className="app-detail" aria-labelledby="view-heading">
      <p>
        <a href={routeHref('apps')}>{t('appDetail.back')}</a>
      </p>
      <ViewHeading>{app === undefined ? packageName : displayName(app, language)}</ViewHeading>
      <SelectionLink />
      {current.status !== 'ready' ? (
        <ScanGate current={current} retry={current.retry} />
      ) : app === undefined ? (
        <p role="alert">{t('appDetail.notFound', { packageName })}</p>
      ) : (
        <>
          <AppFacts app={app} />
          <CategorySection app={app} device={current.device} rules={rules} />
          <PermissionsTable app={app} rules={rules} relative={relative} />
          <SpecialAccessSection app={app} scan={current.scan} rules={rules} device={current.device} />
          <FindingsList app={app} />
          <AppOpsTable app={app} relative={relative} />
          <AppActions packageName={app.packageName} />
        </>
      )}
    </article>
  );
};
