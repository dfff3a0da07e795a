// One category: its basic function, necessary items, citation and a decision per rule key.
import type { ReactNode } from 'react';
import { useId } from 'react';
import type { CategoryRuleView, RuleDecision } from '../../../../preload/contract';
import { useI18n } from '../../i18n/i18n-context';
import { pickText } from '../plan/localised-text';
import { RULE_DECISIONS, categoryLabel, decisionOf, isRuleDecision, ruleKeyLabel } from './rules-model';

export interface CategoryRulesProps {
  readonly category: CategoryRuleView;
  readonly ruleKeys: readonly string[];
  readonly busy: boolean;
  readonly onDecide: (ruleKey: string, decision: RuleDecision | null) => void;
}

export const CategoryRules = ({ category, ruleKeys, busy, onDecide }: CategoryRulesProps): ReactNode => {
  const { t, language } = useI18n();
  const headingId = useId();
  return (
    <article aria-labelledby={headingId} className="category-rules">
      <h2 id={headingId}>{categoryLabel(category, language)}</h2>
      {category.number === undefined ? <p>{t('rules.unnumbered')}</p> : null}
      <dl>
        <dt>{t('rules.basicFunction')}</dt>
        <dd>{pickText(category.basicFunction, language)}</dd>
        <dt>{t('rules.necessary')}</dt>
        <dd>
          {category.noPersonalInfoRequired || category.necessaryItems.length === 0 ? (
            t('rules.noneNecessary')
          ) : (
            <ul>
              {category.necessaryItems.map((item) => (
                <li key={item.en}>{pickText(item, language)}</li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('rules.citation')}</dt>
        <dd>{pickText(category.citation, language)}</dd>
      </dl>
      <table>
        <caption>{t('rules.decisions')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rules.ruleKey')}</th>
            <th scope="col">{t('rules.decisionColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {ruleKeys.map((ruleKey) => {
            const entry = category.decisions[ruleKey];
            const key = ruleKeyLabel(ruleKey);
            return (
              <tr key={ruleKey}>
                <th scope="row">
                  <code>{key}</code>
                  {entry?.condition === undefined ? null : <p>{pickText(entry.condition, language)}</p>}
                </th>
                <td>
                  <select
                    aria-label={t('rules.decision', { key })}
                    value={decisionOf(category, ruleKey)}
                    disabled={busy}
                    onChange={(event) => {
                      const value = event.currentTarget.value;
                      if (isRuleDecision(value)) onDecide(ruleKey, value);
                    }}
                  >
                    {RULE_DECISIONS.map((decision) => (
                      <option key={decision} value={decision}>
                        {t(`rules.decision.${decision}`)}
                      </option>
                    ))}
                  </select>
                  {entry?.overridden === true ? (
                    <>
                      {' '}
                      <span>{t('rules.overridden')}</span>{' '}
                      <button type="button" disabled={busy} onClick={() => onDecide(ruleKey, null)}>
                        {t('rules.reset', { key })}
                      </button>
                    </>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </article>
  );
};
