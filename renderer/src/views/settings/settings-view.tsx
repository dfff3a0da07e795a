// #/settings: display (language, theme), adb (path, extra servers), scanning (unused-days
// threshold) and changes (expert mode). Saved with settings:update after local validation.
import '../plan/change-views.css';
import type { ReactNode } from 'react';
import { useEffect, useId, useState } from 'react';
import { useApi } from '../../api/api-context';
import { useI18n } from '../../i18n/i18n-context';
import { LanguageSwitcher } from '../../layout/language-switcher';
import { ThemeSwitcher } from '../../layout/theme-switcher';
import { ErrorAlert } from '../plan/error-alert';
import { ViewHeading } from '../view-heading';
import { SettingsFields } from './settings-fields';
import type { SettingsForm, SettingsFormErrors } from './settings-form-model';
import { formFromSettings, validateSettingsForm } from './settings-form-model';

export const SettingsView = (): ReactNode => {
  const { t } = useI18n();
  const api = useApi();
  const displayId = useId();
  const [form, setForm] = useState<SettingsForm | undefined>(undefined);
  const [errors, setErrors] = useState<SettingsFormErrors>({});
  const [failure, setFailure] = useState<unknown>(undefined);
  const [saved, setSaved] = useState(false);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let live = true;
    api.settings.get().then(
      (settings) => live && setForm(formFromSettings(settings)),
      (error: unknown) => live && setFailure(error),
    );
    return () => void (live = false);
  }, [api]);

  const save = async (current: SettingsForm): Promise<void> => {
    setSaved(false);
    setFailure(undefined);
    const result = validateSettingsForm(current);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      setForm(formFromSettings(await api.settings.update(result.patch)));
      setSaved(true);
    } catch (error) {
      setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <ViewHeading>{t('settings.title')}</ViewHeading>
      <p>{t('settings.intro')}</p>
      <section aria-labelledby={displayId} className="settings-group">
        <h2 id={displayId}>{t('settings.display')}</h2>
        <div className="preferences">
          <LanguageSwitcher />
          <ThemeSwitcher />
        </div>
      </section>
      <ErrorAlert error={failure} />
      {form === undefined ? (
        failure === undefined ? (
          <p role="status">{t('settings.loading')}</p>
        ) : null
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save(form);
          }}
        >
          <SettingsFields form={form} errors={errors} onChange={(next) => setForm(next)} />
          <button type="submit" disabled={saving}>
            {t('settings.save')}
          </button>
          {saved ? <p role="status">{t('settings.saved')}</p> : null}
        </form>
      )}
    </>
  );
};
