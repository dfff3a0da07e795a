// Route → view. Views that later issues build are placeholders for now.
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { Route } from '../router/routes';
import { routeHref } from '../router/routes';
import { AboutView } from './about/about-view';
import { NotFoundView } from './not-found-view';
import { PlaceholderView } from './placeholder-view';

const DevicesPlaceholder = (): ReactNode => {
  const { t } = useI18n();
  return (
    <PlaceholderView title="view.devices.title" body="view.devices.body">
      <p>
        <a href={routeHref('about')}>{t('view.devices.checkConnection')}</a>
      </p>
    </PlaceholderView>
  );
};

export const ViewOutlet = ({ route }: { route: Route }): ReactNode => {
  if (route.kind === 'not-found') return <NotFoundView path={route.path} />;
  switch (route.view) {
    case 'about':
      return <AboutView />;
    case 'devices':
      return <DevicesPlaceholder />;
    case 'overview':
      return <PlaceholderView title="view.overview.title" body="view.overview.body" />;
    case 'apps':
      return <PlaceholderView title="view.apps.title" body="view.apps.body" />;
    case 'rules':
      return <PlaceholderView title="view.rules.title" body="view.rules.body" />;
    case 'history':
      return <PlaceholderView title="view.history.title" body="view.history.body" />;
    case 'settings':
      return <PlaceholderView title="view.settings.title" body="view.settings.body" />;
  }
};
