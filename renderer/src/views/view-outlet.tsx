// Route → view. Views that later issues build are placeholders for now.
import type { ReactNode } from 'react';
import type { Route } from '../router/routes';
import { AboutView } from './about/about-view';
import { AppDetailView } from './app-detail/app-detail-view';
import { AppsView } from './apps/apps-view';
import { DevicesView } from './devices/devices-view';
import { HistoryView } from './history/history-view';
import { NotFoundView } from './not-found-view';
import { OverviewView } from './overview/overview-view';
import { PlanView } from './plan/plan-view';
import { RulesView } from './rules/rules-view';
import { SettingsView } from './settings/settings-view';

export const ViewOutlet = ({ route }: { route: Route }): ReactNode => {
  if (route.kind === 'not-found') return <NotFoundView path={route.path} />;
  switch (route.view) {
    case 'about':
      return <AboutView />;
    case 'devices':
      return <DevicesView />;
    case 'overview':
      return <OverviewView />;
    case 'apps':
      return route.rest[0] === undefined ? <AppsView /> : <AppDetailView packageName={route.rest[0]} />;
    case 'plan':
      return <PlanView />;
    case 'rules':
      return <RulesView />;
    case 'history':
      return <HistoryView />;
    case 'settings':
      return <SettingsView />;
  }
};
