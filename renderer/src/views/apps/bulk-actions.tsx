// Bulk actions on the apps ticked in the grid: they add changes to the phone store's selections
// (nothing touches the phone until the plan is reviewed and applied).
import type { ReactNode } from 'react';
import { useState } from 'react';
import type { AuditedApp, ChangeSelection } from '../../../../preload/contract';
import { useI18n } from '../../i18n/i18n-context';
import { usePhoneStore } from '../../state/phone-store';
import { excessGrantSelections, hideSelections, mergeSelections } from './bulk-selections';

export interface BulkActionsProps {
  readonly apps: readonly AuditedApp[];
  readonly onClear: () => void;
}

export const BulkActions = ({ apps, onClear }: BulkActionsProps): ReactNode => {
  const { t, format } = useI18n();
  const [message, setMessage] = useState('');
  const add = (added: readonly ChangeSelection[]): void => {
    const { selections, setSelections } = usePhoneStore.getState();
    const merged = mergeSelections(selections, added);
    setSelections(merged);
    const count = merged.length - selections.length;
    setMessage(
      added.length === 0
        ? t('apps.bulk.nothing')
        : count === 1
          ? t('apps.bulk.added.one')
          : t('apps.bulk.added', { count: format.number(count) }),
    );
  };
  const none = apps.length === 0;
  return (
    <div role="toolbar" aria-label={t('apps.bulk')} className="apps-bulk">
      <span>
        {apps.length === 1
          ? t('apps.bulk.selected.one')
          : t('apps.bulk.selected', { count: format.number(apps.length) })}
      </span>
      <button type="button" disabled={none} onClick={() => add(excessGrantSelections(apps))}>
        {t('apps.bulk.revokeExcess')}
      </button>
      <button type="button" disabled={none} onClick={() => add(hideSelections(apps))}>
        {t('apps.bulk.hide')}
      </button>
      <button type="button" disabled={none} onClick={onClear}>
        {t('apps.bulk.clear')}
      </button>
      <span role="status" className="apps-muted">
        {message}
      </span>
    </div>
  );
};
