// Labels of the two step kinds only a snapshot restore makes: an app brought back to its
// recorded state (which aspects, in the UI language) and an accessibility service or
// notification listener turned on or off again. Pure functions of a `Translate`.
import type { AppStateTarget, StepTarget } from '../../../../preload/contract';
import type { PlainMessageKey, Translate } from '../../i18n/translate';

const appStateKeys = (appState: AppStateTarget): PlainMessageKey[] => {
  const keys: PlainMessageKey[] = [];
  if (appState.installed !== undefined) {
    keys.push(appState.installed ? 'app-state.installed' : 'app-state.not-installed');
  }
  if (appState.hidden !== undefined) keys.push(appState.hidden ? 'app-state.hidden' : 'app-state.shown');
  if (appState.suspended !== undefined) {
    keys.push(appState.suspended ? 'app-state.suspended' : 'app-state.unsuspended');
  }
  if (appState.enabled !== undefined) {
    const on = appState.enabled === 'default' || appState.enabled === 'enabled';
    keys.push(on ? 'app-state.enabled' : 'app-state.disabled');
  }
  return keys;
};

/** restore-app-state: "Bring X back to its recorded state: not hidden · enabled". */
export const describeAppStateRestore = (
  target: StepTarget,
  t: Translate,
  nameOf: (packageName: string) => string = (packageName) => packageName,
): string =>
  t('action.restore-app-state', {
    app: nameOf(target.packageName),
    state: appStateKeys(target.appState ?? {})
      .map((key) => t(key))
      .join(' · '), // the separator the UI uses in both languages
  });

/** set-component-access: the service or listener turned on again, or off as recorded. */
export const describeComponentAccess = (target: StepTarget, t: Translate): string => {
  const component = target.component ?? target.packageName;
  const on = target.enabled === true;
  if (target.access === 'notification-listener') {
    return on
      ? t('action.allow-notification-listener', { component })
      : t('action.disallow-notification-listener', { component });
  }
  return on
    ? t('action.enable-accessibility-service', { component })
    : t('action.disable-accessibility-service', { component });
};
