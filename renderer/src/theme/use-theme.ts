// Applies the saved theme preference to the document whenever it changes.
import { useEffect } from 'react';
import { useSettings } from '../settings/settings-context';
import { applyTheme } from './theme';

export const useApplyTheme = (): void => {
  const { theme } = useSettings();
  useEffect(() => applyTheme(theme), [theme]);
};
