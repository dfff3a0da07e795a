// Adds a phone in wireless-debugging mode by its `host:port` (`devices:connect`).
import type { FormEvent, ReactNode } from 'react';
import { useId, useState } from 'react';
import { useApi } from '../../api/api-context';
import { useI18n } from '../../i18n/i18n-context';
import { ActionStatus } from './action-status';
import { parseHostPort } from './device-model';
import { useAction } from './use-action';

export const ConnectForm = ({ onChanged }: { onChanged: () => void }): ReactNode => {
  const api = useApi();
  const { t } = useI18n();
  const action = useAction();
  const headingId = useId();
  const inputId = useId();
  const [target, setTarget] = useState('');
  const [invalid, setInvalid] = useState(false);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const parsed = parseHostPort(target);
    setInvalid(parsed === undefined);
    if (parsed === undefined) return;
    void action.run(async () => {
      const device = await api.devices.connect({ target: parsed });
      onChanged();
      return t('devices.connect.done', { serial: device.serial });
    });
  };

  return (
    <form className="subcard" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h3 id={headingId}>{t('devices.connect.heading')}</h3>
      <div className="form-row">
        <label htmlFor={inputId}>{t('devices.connect.target')}</label>
        <input
          id={inputId}
          value={target}
          placeholder="192.168.1.20:5555"
          aria-invalid={invalid}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setTarget(event.target.value)}
        />
        <button type="submit" disabled={action.busy}>
          {t('devices.connect.submit')}
        </button>
      </div>
      <ActionStatus action={action} {...(invalid ? { invalid: t('devices.invalid.hostPort') } : {})} />
    </form>
  );
};
