// Above a restore plan: which earlier scan the phone is brought back to, and a way back to
// History that drops the restore (the plan view then shows the user's selected changes again).
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { routeHref } from '../../router/routes';
import type { RestoreRequest } from '../../state/phone-store';
import { usePhoneStore } from '../../state/phone-store';

export const RestoreIntro = ({ restore }: { restore: RestoreRequest }): ReactNode => {
  const { t, format } = useI18n();
  const clearRestore = usePhoneStore((state) => state.clearRestore);
  const back = (): void => {
    clearRestore();
    window.location.hash = routeHref('history');
  };
  return (
    <div className="restore-intro">
      <p>{t('restore.intro', { time: format.dateTime(restore.takenAtMs) })}</p>
      <button type="button" onClick={back}>
        {t('restore.back')}
      </button>
    </div>
  );
};
