// Category id → its name in the regulation (zh) or in English, from `rules:get`. While the
// rules load (or if they cannot), the id itself is shown.
import { useEffect, useState } from 'react';
import type { Language, LocalisedText } from '../../../../preload/contract';
import { useApi } from '../../api/api-context';

export type CategoryName = (id: string) => string;

export const useCategoryNames = (language: Language): CategoryName => {
  const api = useApi();
  const [names, setNames] = useState<ReadonlyMap<string, LocalisedText>>(new Map());
  useEffect(() => {
    let live = true;
    api.rules.get().then(
      (rules) => live && setNames(new Map(rules.categories.map((category) => [category.id, category.name]))),
      () => undefined,
    );
    return () => void (live = false);
  }, [api]);
  return (id) => {
    const name = names.get(id);
    if (name === undefined) return id;
    return language === 'zh-CN' ? name.zh : name.en;
  };
};
