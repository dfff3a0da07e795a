// The main navigation: one link per view; the current one is marked with aria-current.
import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n-context';
import type { Route, ViewId } from '../router/routes';
import { VIEW_IDS, routeHref } from '../router/routes';

const NAV_LABELS = {
  devices: 'nav.devices',
  overview: 'nav.overview',
  apps: 'nav.apps',
  plan: 'nav.plan',
  rules: 'nav.rules',
  history: 'nav.history',
  settings: 'nav.settings',
  about: 'nav.about',
} as const satisfies { readonly [V in ViewId]: MessageKey };

export const SidebarNav = ({ route }: { route: Route }): ReactNode => {
  const { t } = useI18n();
  const current = route.kind === 'view' ? route.view : undefined;
  return (
    <nav className="sidebar" aria-label={t('nav.label')}>
      <ul>
        {VIEW_IDS.map((view) => (
          <li key={view}>
            <a href={routeHref(view)} aria-current={view === current ? 'page' : undefined}>
              {t(NAV_LABELS[view])}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
};
