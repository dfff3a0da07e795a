// The necessity rules (`rules:get`), asked once per API object and shared by every view that
// shows category names or decisions. A failed answer is forgotten so the next use asks again.
import { useEffect, useState } from 'react';
import type { Api, LocalisedText, RulesView } from '../../../../preload/contract';
import type { CategoryNames } from './app-row';

const cache = new WeakMap<Api, Promise<RulesView>>();

export const loadRules = (api: Api): Promise<RulesView> => {
  const cached = cache.get(api);
  if (cached !== undefined) return cached;
  const pending = api.rules.get();
  cache.set(api, pending);
  pending.catch(() => cache.delete(api));
  return pending;
};

export const useRules = (api: Api): RulesView | undefined => {
  const [rules, setRules] = useState<RulesView | undefined>(undefined);
  useEffect(() => {
    let current = true;
    loadRules(api).then(
      (view) => current && setRules(view),
      () => undefined, // category ids are shown instead of names; the table still works
    );
    return () => void (current = false);
  }, [api]);
  return rules;
};

export const categoryNamesOf = (rules: RulesView | undefined): CategoryNames =>
  new Map<string, LocalisedText>((rules?.categories ?? []).map((category) => [category.id, category.name]));
