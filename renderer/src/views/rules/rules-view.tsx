// #/rules: the 39 categories (+ unclassified, user ones) in the UI language, with their necessary
// items, citation and decisions (rules:get); change or reset a decision (rules:set-decision);
// export (rules:export → download) and import (rules:import ← file) the user's overrides.
import '../plan/change-views.css';
import type { ReactNode } from 'react';
import { useEffect, useId, useState } from 'react';
import type { RuleDecision, RulesView as Rules } from '../../../../preload/contract';
import { useApi } from '../../api/api-context';
import { useI18n } from '../../i18n/i18n-context';
import { ErrorAlert } from '../plan/error-alert';
import { ViewHeading } from '../view-heading';
import { CategoryRules } from './category-rules';
import { downloadExport, readFileText } from './file-transfer';
import { categoryLabel, sortCategories } from './rules-model';

export const RulesView = (): ReactNode => {
  const { t, language } = useI18n();
  const api = useApi();
  const pickerId = useId();
  const importId = useId();
  const [rules, setRules] = useState<Rules | undefined>(undefined);
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<'rules.saved' | 'rules.imported' | undefined>(undefined);

  useEffect(() => {
    let live = true;
    api.rules.get().then(
      (view) => live && setRules(view),
      (failure: unknown) => live && setError(failure),
    );
    return () => void (live = false);
  }, [api]);

  const act = async (work: () => Promise<Rules | undefined>, done?: typeof notice): Promise<void> => {
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      const view = await work();
      if (view !== undefined) setRules(view);
      setNotice(done);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const categories = rules === undefined ? [] : sortCategories(rules.categories);
  const current = categories.find((category) => category.id === selected) ?? categories[0];
  const decide = (categoryId: string, ruleKey: string, decision: RuleDecision | null): void =>
    void act(() => api.rules.setDecision({ categoryId, ruleKey, decision }), 'rules.saved');
  const exportOverrides = (): void =>
    void act(async () => {
      downloadExport(await api.rules.exportOverrides());
      return undefined;
    });
  const importOverrides = (file: File | undefined): void => {
    if (file === undefined) return;
    void act(async () => api.rules.importOverrides({ content: await readFileText(file) }), 'rules.imported');
  };

  return (
    <>
      <ViewHeading>{t('rules.title')}</ViewHeading>
      <p>{t('rules.intro')}</p>
      <ErrorAlert error={error} />
      {notice === undefined ? null : <p role="status">{t(notice)}</p>}
      {rules === undefined ? (
        error === undefined ? (
          <p role="status">{t('rules.loading')}</p>
        ) : null
      ) : (
        <>
          <p>{t('rules.version', { version: rules.rulesetVersion })}</p>
          <div className="rules-toolbar">
            <label htmlFor={pickerId}>
              {t('rules.category')}
              <select
                id={pickerId}
                value={current?.id ?? ''}
                onChange={(e) => setSelected(e.currentTarget.value)}
              >
                {categories.map((category) => (
                  <option key={category.id} value={category.id}>
                    {categoryLabel(category, language)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" disabled={busy} onClick={exportOverrides}>
              {t('rules.export')}
            </button>
            <label htmlFor={importId} className="file-input">
              {t('rules.import')}
              <input
                id={importId}
                type="file"
                accept="application/json,.json"
                disabled={busy}
                onChange={(event) => {
                  importOverrides(event.currentTarget.files?.[0]);
                  event.currentTarget.value = '';
                }}
              />
            </label>
          </div>
          {current === undefined ? null : (
            <CategoryRules
              category={current}
              ruleKeys={rules.ruleKeys}
              busy={busy}
              onDecide={(ruleKey, decision) => decide(current.id, ruleKey, decision)}
            />
          )}
        </>
      )}
    </>
  );
};
