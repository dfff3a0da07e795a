// The page frame: skip link, header, settings problems, sidebar navigation and the current view.
// On navigation (not on first load) focus moves to the new view's heading.
import type { MouseEvent, ReactNode } from 'react';
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { useHashRoute } from '../router/use-hash-route';
import { useApplyTheme } from '../theme/use-theme';
import { VIEW_HEADING_ID } from '../views/view-heading';
import { ViewOutlet } from '../views/view-outlet';
import { AppHeader } from './app-header';
import { SettingsBanner } from './settings-banner';
import { SidebarNav } from './sidebar-nav';

const MAIN_ID = 'main-content';

export const AppShell = (): ReactNode => {
  const { t } = useI18n();
  const route = useHashRoute();
  useApplyTheme();

  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.getElementById(VIEW_HEADING_ID)?.focus();
  }, [route]);

  return (
    <div className="app-shell">
      <a className="skip-link visually-hidden" href={`#${MAIN_ID}`} onClick={skipToMain}>
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <SidebarNav route={route} />
      <main id={MAIN_ID} className="app-main" tabIndex={-1}>
        <SettingsBanner />
        <ViewOutlet route={route} />
      </main>
    </div>
  );
};

/** A plain `#main-content` link would change the hash and so the route: focus instead. */
const skipToMain = (event: MouseEvent<HTMLAnchorElement>): void => {
  event.preventDefault();
  document.getElementById(MAIN_ID)?.focus();
};
