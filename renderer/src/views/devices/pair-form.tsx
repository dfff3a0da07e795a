// Pairs with a phone by the code shown under Wireless debugging (Android 11+, `devices:pair`).
import type { FormEvent, ReactNode } from 'react';
import { useId, useState } from 'react';
import { useApi } from '../../api/api-context';
import { useI18n } from '../../i18n/i18n-context';
import { ActionStatus } from './action-status';
import { isPairingCode, parseHostPort } from './device-model';
import { useAction } from './use-action';

export const PairForm = ({ onChanged }: { onChanged: () => void }): ReactNode => {
  const api = useApi();
  const { t } = useI18n();
  const action = useAction();
  const headingId = useId();
  const targetId = useId();
  const codeId = useId();
  const [target, setTarget] = useState('');
  const [code, setCode] = useState('');
  const [invalid, setInvalid] = useState<string | undefined>(undefined);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const parsed = parseHostPort(target);
    const problem =
      parsed === undefined
        ? t('devices.invalid.hostPort')
        : isPairingCode(code)
          ? undefined
          : t('devices.invalid.code');
    setInvalid(problem);
    if (parsed === undefined || problem !== undefined) return;
    void action.run(async () => {
      const result = await api.devices.pair({ target: parsed, code: code.trim() });
      onChanged();
      return result.paired ? t('devices.pair.done') : t('devices.pair.failed');
    });
  };

  return (
    <form className="subcard" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h3 id={headingId}>{t('devices.pair.heading')}</h3>
      <p className="hint">{t('devices.pair.hint')}</p>
      <div className="form-row">
        <label htmlFor={targetId}>{t('devices.pair.target')}</label>
        <input
          id={targetId}
          value={target}
          placeholder="192.168.1.20:37123"
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setTarget(event.target.value)}
        />
        <label htmlFor={codeId}>{t('devices.pair.code')}</label>
        <input
          id={codeId}
          value={code}
          inputMode="numeric"
          maxLength={6}
          size={8}
          autoComplete="one-time-code"
          onChange={(event) => setCode(event.target.value)}
        />
        <button type="submit" disabled={action.busy}>
          {t('devices.pair.submit')}
        </button>
      </div>
      <ActionStatus action={action} {...(invalid === undefined ? {} : { invalid })} />
    </form>
  );
};
