// Extra adb servers (settings `adbServers`): add one by `host:port`, remove one; devices on
// them then appear in the list.
import type { FormEvent, ReactNode } from 'react';
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { useSettings } from '../../settings/settings-context';
import { ActionStatus } from './action-status';
import { parseHostPort } from './device-model';
import { useAction } from './use-action';

export const AdbServerForm = ({ onChanged }: { onChanged: () => void }): ReactNode => {
  const { t } = useI18n();
  const { settings, update } = useSettings();
  const action = useAction();
  const headingId = useId();
  const inputId = useId();
  const [address, setAddress] = useState('');
  const [invalid, setInvalid] = useState(false);
  const servers = settings?.adbServers ?? [];

  const save = (next: readonly string[], done: string): void =>
    void action.run(async () => {
      await update({ adbServers: next });
      onChanged();
      return done;
    });

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const parsed = parseHostPort(address);
    setInvalid(parsed === undefined);
    if (parsed === undefined) return;
    setAddress('');
    save(
      [...servers.filter((server) => server !== parsed), parsed],
      t('devices.server.done', { server: parsed }),
    );
  };

  return (
    <form className="subcard" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h3 id={headingId}>{t('devices.server.heading')}</h3>
      <p className="hint">{t('devices.server.hint')}</p>
      <div className="form-row">
        <label htmlFor={inputId}>{t('devices.server.address')}</label>
        <input
          id={inputId}
          value={address}
          placeholder="192.168.1.20:5037"
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setAddress(event.target.value)}
        />
        <button type="submit" disabled={action.busy}>
          {t('devices.server.submit')}
        </button>
      </div>
      {servers.length === 0 ? null : (
        <ul className="server-list" aria-label={t('devices.server.list')}>
          {servers.map((server) => (
            <li key={server}>
              <code>{server}</code>
              <button
                type="button"
                onClick={() =>
                  save(
                    servers.filter((entry) => entry !== server),
                    '',
                  )
                }
                aria-label={t('devices.server.remove', { server })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <ActionStatus action={action} {...(invalid ? { invalid: t('devices.invalid.hostPort') } : {})} />
    </form>
  );
};
