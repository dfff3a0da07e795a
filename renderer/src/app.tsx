// The component tree's roots: the API (injectable), settings from main, language, then the shell.
import type { ReactNode } from 'react';
import type { Api } from '../../preload/contract';
import { ApiProvider } from './api/api-context';
import { I18nProvider } from './i18n/i18n-context';
import { AppShell } from './layout/app-shell';
import { SettingsProvider } from './settings/settings-context';

export const App = ({ api }: { api: Api }): ReactNode => (
  <ApiProvider api={api}>
    <SettingsProvider>
      <I18nProvider>
        <AppShell />
      </I18nProvider>
    </SettingsProvider>
  </ApiProvider>
);
