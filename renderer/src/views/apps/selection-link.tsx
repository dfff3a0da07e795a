// "3 changes selected → Review plan": always visible on the Apps views while changes are picked.
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { usePhoneStore } from '../../state/phone-store';

export const SelectionLink = (): ReactNode => {
  const { t, format } = useI18n();
  const count = usePhoneStore((state) => state.selections.length);
  return (
    <p className="selection-link" role="status">
      <span>
        {count === 1
          ? t('apps.selection.count.one')
          : t('apps.selection.count', { count: format.number(count) })}
      </span>
      {count > 0 ? <a href="#/plan">{t('apps.selection.review')}</a> : null}
    </p>
  );
};
