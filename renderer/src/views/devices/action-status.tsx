// The status line under a form: working, done (polite) or the localised error (alert).
import type { ReactNode } from 'react';
import { describeError } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import type { ActionState } from './use-action';

export const ActionStatus = ({ action, invalid }: { action: ActionState; invalid?: string }): ReactNode => {
  const { t } = useI18n();
  if (invalid !== undefined)
    return (
      <p className="form-error" role="alert">
        {invalid}
      </p>
    );
  if (action.error !== undefined)
    return (
      <p className="form-error" role="alert">
        {describeError(action.error, t)}
      </p>
    );
  return (
    <p className="form-status" role="status">
      {action.busy ? t('devices.working') : (action.done ?? '')}
    </p>
  );
};
