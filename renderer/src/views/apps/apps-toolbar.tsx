// Search box and filters of the Apps view. Every control is labelled; options are localised.
import type { ReactNode } from 'react';
import type { Severity } from '../../../../preload/contract';
import { useI18n } from '../../i18n/i18n-context';
import type { AppFilter } from './app-filter';
import { EMPTY_FILTER, activeFilterCount } from './app-filter';
import { APP_STATES } from './app-row';
import { FilterSelect } from './filter-select';
import { groupLabel } from './group-label';
import { SPECIAL_ACCESS_KEYS } from './special-access-index';

export interface AppsToolbarProps {
  readonly filter: AppFilter;
  readonly onChange: (filter: AppFilter) => void;
  readonly categories: readonly { readonly id: string; readonly name: string }[];
  readonly groups: readonly string[];
}

const SEVERITY_OPTIONS: readonly (Severity | 'none')[] = ['high', 'medium', 'low', 'info', 'none'];

export const AppsToolbar = ({ filter, onChange, categories, groups }: AppsToolbarProps): ReactNode => {
  const { t } = useI18n();
  const set = <K extends keyof AppFilter>(key: K, value: AppFilter[K]): void =>
    onChange({ ...filter, [key]: value });
  return (
    <div className="apps-toolbar">
      <label className="apps-search">
        <span>{t('apps.search')}</span>
        <input
          type="search"
          value={filter.query}
          placeholder={t('apps.search.placeholder')}
          onChange={(event) => set('query', event.target.value)}
        />
      </label>
      <fieldset className="apps-filters">
        <legend>{t('apps.filters')}</legend>
        <FilterSelect
          label={t('apps.filter.kind')}
          value={filter.kind}
          options={(['all', 'user', 'system'] as const).map((value) => ({
            value,
            label: t(`apps.filter.kind.${value}`),
          }))}
          onChange={(value) => set('kind', value as AppFilter['kind'])}
        />
        <FilterSelect
          label={t('apps.filter.category')}
          value={filter.categoryId}
          options={[
            { value: 'all', label: t('apps.filter.category.all') },
            ...categories.map((category) => ({ value: category.id, label: category.name })),
          ]}
          onChange={(value) => set('categoryId', value)}
        />
        <FilterSelect
          label={t('apps.filter.severity')}
          value={filter.severity}
          options={[
            { value: 'all', label: t('apps.filter.severity.all') },
            ...SEVERITY_OPTIONS.map((value) => ({ value, label: t(`apps.filter.severity.${value}`) })),
          ]}
          onChange={(value) => set('severity', value as AppFilter['severity'])}
        />
        <FilterSelect
          label={t('apps.filter.group')}
          value={filter.group}
          options={[
            { value: 'all', label: t('apps.filter.group.all') },
            ...groups.map((group) => ({ value: group, label: groupLabel(t, group) })),
          ]}
          onChange={(value) => set('group', value)}
        />
        <FilterSelect
          label={t('apps.filter.access')}
          value={filter.specialAccess}
          options={[
            { value: 'all', label: t('apps.filter.access.all') },
            { value: 'any', label: t('apps.filter.access.any') },
            ...SPECIAL_ACCESS_KEYS.map((value) => ({ value, label: t(`apps.access.${value}`) })),
          ]}
          onChange={(value) => set('specialAccess', value as AppFilter['specialAccess'])}
        />
        <FilterSelect
          label={t('apps.filter.state')}
          value={filter.state}
          options={[
            { value: 'all', label: t('apps.filter.state.all') },
            ...APP_STATES.map((value) => ({ value, label: t(`apps.state.${value}`) })),
          ]}
          onChange={(value) => set('state', value as AppFilter['state'])}
        />
        <button
          type="button"
          disabled={activeFilterCount(filter) === 0}
          onClick={() => onChange({ ...EMPTY_FILTER, query: filter.query })}
        >
          {t('apps.filter.clear')}
        </button>
      </fieldset>
    </div>
  );
};
