// The editable settings: each field labelled, with its hint and its validation message linked
// through aria-describedby and aria-invalid.
import type { ReactNode } from 'react';
import { useId } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { SettingsForm, SettingsFormErrors } from './settings-form-model';

export interface SettingsFieldsProps {
  readonly form: SettingsForm;
  readonly errors: SettingsFormErrors;
  readonly onChange: (form: SettingsForm) => void;
}

export const SettingsFields = ({ form, errors, onChange }: SettingsFieldsProps): ReactNode => {
  const { t } = useI18n();
  const id = useId();
  const describe = (name: string, invalid: boolean): string =>
    invalid ? `${id}-${name}-hint ${id}-${name}-error` : `${id}-${name}-hint`;
  const error = (name: string, message: string | undefined): ReactNode =>
    message === undefined ? null : (
      <p id={`${id}-${name}-error`} role="alert" className="field-error">
        {message}
      </p>
    );
  return (
    <>
      <fieldset>
        <legend>{t('settings.adb')}</legend>
        <label htmlFor={`${id}-path`}>{t('settings.adbPath')}</label>
        <input
          id={`${id}-path`}
          type="text"
          value={form.adbPath}
          aria-invalid={errors.adbPath === true}
          aria-describedby={describe('path', errors.adbPath === true)}
          onChange={(event) => onChange({ ...form, adbPath: event.currentTarget.value })}
        />
        <p id={`${id}-path-hint`}>{t('settings.adbPathHint')}</p>
        {error('path', errors.adbPath ? t('settings.invalid.adbPath') : undefined)}
        <label htmlFor={`${id}-port`}>{t('settings.adbServerPort')}</label>
        <input
          id={`${id}-port`}
          type="text"
          inputMode="numeric"
          value={form.adbServerPort}
          aria-invalid={errors.adbServerPort === true}
          aria-describedby={describe('port', errors.adbServerPort === true)}
          onChange={(event) => onChange({ ...form, adbServerPort: event.currentTarget.value })}
        />
        <p id={`${id}-port-hint`}>{t('settings.adbServerPortHint')}</p>
        {error('port', errors.adbServerPort ? t('settings.invalid.adbServerPort') : undefined)}
        <label htmlFor={`${id}-servers`}>{t('settings.adbServers')}</label>
        <textarea
          id={`${id}-servers`}
          rows={3}
          value={form.adbServers}
          aria-invalid={errors.adbServers !== undefined}
          aria-describedby={describe('servers', errors.adbServers !== undefined)}
          onChange={(event) => onChange({ ...form, adbServers: event.currentTarget.value })}
        />
        <p id={`${id}-servers-hint`}>{t('settings.adbServersHint')}</p>
        {error(
          'servers',
          errors.adbServers === undefined
            ? undefined
            : t('settings.invalid.server', { value: errors.adbServers }),
        )}
      </fieldset>
      <fieldset>
        <legend>{t('settings.scanning')}</legend>
        <label htmlFor={`${id}-days`}>{t('settings.unusedDays')}</label>
        <input
          id={`${id}-days`}
          type="number"
          inputMode="numeric"
          min={1}
          max={3650}
          value={form.unusedDays}
          aria-invalid={errors.unusedDays === true}
          aria-describedby={errors.unusedDays ? `${id}-days-error` : undefined}
          onChange={(event) => onChange({ ...form, unusedDays: event.currentTarget.value })}
        />
        {error('days', errors.unusedDays ? t('settings.invalid.unusedDays') : undefined)}
      </fieldset>
      <fieldset>
        <legend>{t('settings.changes')}</legend>
        <label>
          <input
            type="checkbox"
            checked={form.expertMode}
            aria-describedby={`${id}-expert-hint`}
            onChange={(event) => onChange({ ...form, expertMode: event.currentTarget.checked })}
          />
          {t('settings.expertMode')}
        </label>
        <p id={`${id}-expert-hint`}>{t('settings.expertWarning')}</p>
      </fieldset>
    </>
  );
};
