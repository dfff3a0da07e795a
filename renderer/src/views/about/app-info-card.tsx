// Name, version and runtime of PrivacyScope as main reports them (`app.info`).
import type { ReactNode } from 'react';
import type { AppInfo } from '../../../../preload/contract';
import { useI18n } from '../../i18n/i18n-context';
import type { Fact } from './facts-card';
import { FactsCard } from './facts-card';

export const AppInfoCard = ({ info }: { info: AppInfo }): ReactNode => {
  const { t } = useI18n();
  const facts: Fact[] = [
    { label: t('about.app.name'), value: info.name },
    { label: t('about.app.version'), value: info.version },
    {
      label: t('about.app.shell'),
      value: info.shell === 'electron' ? t('about.app.shell.electron') : t('about.app.shell.bridge'),
    },
    { label: t('about.app.node'), value: info.versions.node },
    ...(info.versions.electron === undefined
      ? []
      : [{ label: t('about.app.electron'), value: info.versions.electron }]),
    { label: t('about.app.platform'), value: info.platform },
  ];
  return <FactsCard title={t('about.app.heading')} facts={facts} />;
};
