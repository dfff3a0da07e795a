// The app's category with the classifier's reason, and a control to choose another one
// (`apps:set-category`); the answer — the app judged again — replaces it in the store's scan.
import type { ReactNode } from 'react';
import { useState } from 'react';
import type { AuditedApp, DeviceRef, RulesView } from '../../../../preload/contract';
import { useApi } from '../../api/api-context';
import { describeError } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';
import { usePhoneStore } from '../../state/phone-store';
import { categoryOptions, replaceApp } from './category-options';

export interface CategorySectionProps {
  readonly app: AuditedApp;
  readonly device: DeviceRef;
  readonly rules: RulesView | undefined;
}

export const CategorySection = ({ app, device, rules }: CategorySectionProps): ReactNode => {
  const { t, format, language } = useI18n();
  const api = useApi();
  const [status, setStatus] = useState<
    { kind: 'idle' | 'saving' | 'saved' } | { kind: 'failed'; error: unknown }
  >({
    kind: 'idle',
  });
  const options = categoryOptions(rules, language);
  const current = options.find((option) => option.id === app.category.id);

  const choose = (value: string): void => {
    setStatus({ kind: 'saving' });
    api.apps
      .setCategory({ device, packageName: app.packageName, categoryId: value === '' ? null : value })
      .then(
        (judged) => {
          const { scan, setScan } = usePhoneStore.getState();
          if (scan !== undefined) setScan(replaceApp(scan, judged));
          setStatus({ kind: 'saved' });
        },
        (error: unknown) => setStatus({ kind: 'failed', error }),
      );
  };

  return (
    <section aria-labelledby="category-heading">
      <h2 id="category-heading">{t('appDetail.category')}</h2>
      <p>
        <strong>{current?.label ?? app.category.id}</strong>{' '}
        <span className="apps-muted">
          {t('appDetail.category.confidence', {
            percent: `${format.number(Math.round(app.category.confidence * 100))}%`,
          })}
        </span>
      </p>
      <h3>{t('appDetail.category.reason')}</h3>
      <p>{language === 'zh-CN' ? app.category.reason.zh : app.category.reason.en}</p>
      <label className="apps-filter">
        <span>{t('appDetail.category.change')}</span>
        <select
          value={app.category.id}
          disabled={status.kind === 'saving' || rules === undefined}
          onChange={(event) => choose(event.target.value)}
        >
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <p role="status">
        {status.kind === 'saving'
          ? t('appDetail.category.saving')
          : status.kind === 'saved'
            ? t('appDetail.category.saved')
            : ''}
      </p>
      {status.kind === 'failed' ? (
        <p role="alert">{t('appDetail.category.failed', { reason: describeError(status.error, t) })}</p>
      ) : null}
    </section>
  );
};
