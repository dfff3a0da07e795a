// The user's settings as main owns them: loaded once through `settings.get`, changed through
// `settings.update` (applied optimistically, rolled back if main refuses). Language and theme
// are read from here.
import type { ReactNode } from 'react';
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Settings } from '../../../preload/contract';
import { useApi } from '../api/api-context';

export type SettingsProblem = { readonly kind: 'load' | 'save'; readonly error: unknown };

export interface SettingsContextValue {
  /** Undefined while loading, or when loading failed (the UI then uses defaults). */
  readonly settings: Settings | undefined;
  readonly status: 'loading' | 'ready' | 'failed';
  /** The chosen language and theme, including a change still being saved; 'system' by default. */
  readonly language: Settings['language'];
  readonly theme: Settings['theme'];
  readonly problem: SettingsProblem | undefined;
  readonly update: (patch: Partial<Settings>) => Promise<void>;
  readonly dismissProblem: () => void;
}

const SettingsContext = createContext<SettingsContextValue | undefined>(undefined);

interface State {
  readonly settings: Settings | undefined;
  /** Fields changed locally but not yet confirmed by main. */
  readonly pending: Partial<Settings>;
  readonly status: SettingsContextValue['status'];
  readonly problem: SettingsProblem | undefined;
}

const INITIAL: State = { settings: undefined, pending: {}, status: 'loading', problem: undefined };

export const SettingsProvider = ({ children }: { children: ReactNode }): ReactNode => {
  const api = useApi();
  const [state, setState] = useState<State>(INITIAL);

  useEffect(() => {
    let live = true;
    api.settings.get().then(
      (settings) => live && setState((old) => ({ ...old, settings, status: 'ready' })),
      (error: unknown) =>
        live && setState((old) => ({ ...old, status: 'failed', problem: { kind: 'load', error } })),
    );
    return () => void (live = false);
  }, [api]);

  const update = useCallback(
    async (patch: Partial<Settings>): Promise<void> => {
      setState((old) => ({ ...old, pending: { ...old.pending, ...patch }, problem: undefined }));
      const unpend = (pending: Partial<Settings>): Partial<Settings> =>
        Object.fromEntries(Object.entries(pending).filter(([key]) => !(key in patch)));
      try {
        const settings = await api.settings.update(patch);
        setState((old) => ({ ...old, settings, status: 'ready', pending: unpend(old.pending) }));
      } catch (error) {
        setState((old) => ({ ...old, pending: unpend(old.pending), problem: { kind: 'save', error } }));
      }
    },
    [api],
  );

  const dismissProblem = useCallback(() => setState((old) => ({ ...old, problem: undefined })), []);

  const value = useMemo<SettingsContextValue>(
    () => ({
      settings: state.settings === undefined ? undefined : { ...state.settings, ...state.pending },
      language: state.pending.language ?? state.settings?.language ?? 'system',
      theme: state.pending.theme ?? state.settings?.theme ?? 'system',
      status: state.status,
      problem: state.problem,
      update,
      dismissProblem,
    }),
    [state, update, dismissProblem],
  );
  return <SettingsContext value={value}>{children}</SettingsContext>;
};

export const useSettings = (): SettingsContextValue => {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings() needs a <SettingsProvider> above it');
  return value;
};
