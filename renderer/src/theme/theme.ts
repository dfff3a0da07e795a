// Light/dark: 'system' leaves the choice to the `prefers-color-scheme` media query in
// theme.css; an explicit choice is written to `<html data-theme>`, which the CSS honours first.
import type { ThemePreference } from '../../../preload/contract';

export const THEME_ATTRIBUTE = 'data-theme';

export const applyTheme = (
  preference: ThemePreference,
  root: HTMLElement = document.documentElement,
): void => {
  if (preference === 'system') root.removeAttribute(THEME_ATTRIBUTE);
  else root.setAttribute(THEME_ATTRIBUTE, preference);
};
