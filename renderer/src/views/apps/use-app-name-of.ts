// Package → the name people know the app by, from the current phone's latest scan (the phone's
// label or the catalogue name, in the UI language): for step labels in plans, results and
// History. A package the scan does not list keeps its package name.
import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { usePhoneStore } from '../../state/phone-store';
import { displayName } from './display-name';

export type AppNameOf = (packageName: string) => string;

export const useAppNameOf = (): AppNameOf => {
  const apps = usePhoneStore((state) => state.scan?.apps);
  const { language } = useI18n();
  return useMemo(() => {
    const names = new Map((apps ?? []).map((app) => [app.packageName, displayName(app, language)]));
    return (packageName: string) => names.get(packageName) ?? packageName;
  }, [apps, language]);
};
