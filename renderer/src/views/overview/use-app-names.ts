// Package → the name people know the app by (the catalogue name the scan carries, in the UI
// language), for the Overview's lists; unknown apps keep their package name.
import { useMemo } from 'react';
import type { AuditedApp, Language } from '../../../../preload/contract';
import { displayName } from '../apps/display-name';

export const useAppNames = (apps: readonly AuditedApp[], language: Language): ((pkg: string) => string) =>
  useMemo(() => {
    const names = new Map(apps.map((app) => [app.packageName, displayName(app, language)]));
    return (pkg: string) => names.get(pkg) ?? pkg;
  }, [apps, language]);
