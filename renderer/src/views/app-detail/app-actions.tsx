// Changes to the whole app — hide it, reset its permissions — picked as toggles.
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { useAppSelections } from './use-app-selections';

export const AppActions = ({ packageName }: { packageName: string }): ReactNode => {
  const { t } = useI18n();
  const picks = useAppSelections(packageName);
  return (
    <section aria-labelledby="app-actions-heading">
      <h2 id="app-actions-heading">{t('appDetail.appActions')}</h2>
      <div role="group" aria-labelledby="app-actions-heading" className="apps-bulk">
        <button type="button" aria-pressed={picks.isPicked('hide')} onClick={() => picks.toggle('hide')}>
          {t('appDetail.hide')}
        </button>
        <button type="button" aria-pressed={picks.isPicked('reset')} onClick={() => picks.toggle('reset')}>
          {t('appDetail.reset')}
        </button>
      </div>
    </section>
  );
};
