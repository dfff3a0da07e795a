// "Open … on the phone": asks main to start one settings screen on the phone (`am start`), then
// says whether it opened (or a more general screen did), or why not (with the phone's words).
import type { ReactNode } from 'react';
import { useState } from 'react';
import type { DeviceRef, PhoneSettingsScreen } from '../../../../preload/contract';
import { ApiCallError } from '../../../../preload/contract';
import { useApi } from '../../api/api-context';
import { describeError } from '../../i18n/error-message';
import { useI18n } from '../../i18n/i18n-context';

export interface OpenOnPhoneButtonProps {
  readonly device: DeviceRef;
  readonly screen: PhoneSettingsScreen;
  /** For screens about one app. */
  readonly packageName?: string;
}

/** The phone's own last words (e.g. `Error: Activity class … does not exist.`), when main sent them. */
const phoneSaid = (error: unknown): string | undefined =>
  error instanceof ApiCallError ? error.details.at(-1) : undefined;

type OpenState =
  | { readonly kind: 'idle' | 'busy' }
  | { readonly kind: 'opened'; readonly fallback: boolean }
  | { readonly kind: 'failed'; readonly error: unknown };

export const OpenOnPhoneButton = ({ device, screen, packageName }: OpenOnPhoneButtonProps): ReactNode => {
  const api = useApi();
  const { t } = useI18n();
  const [state, setState] = useState<OpenState>({ kind: 'idle' });

  const open = async (): Promise<void> => {
    setState({ kind: 'busy' });
    try {
      const result = await api.devices.openSettings({
        device,
        screen,
        ...(packageName === undefined ? {} : { packageName }),
      });
      setState({ kind: 'opened', fallback: result.fallback });
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  };

  return (
    <span className="open-on-phone">
      <button type="button" disabled={state.kind === 'busy'} onClick={() => void open()}>
        {t(`phoneSettings.open.${screen}`)}
      </button>
      {state.kind === 'busy' ? <span role="status">{t('phoneSettings.opening')}</span> : null}
      {state.kind === 'opened' ? (
        <span role="status">
          {t(state.fallback ? 'phoneSettings.openedFallback' : 'phoneSettings.opened')}
        </span>
      ) : null}
      {state.kind === 'failed' ? (
        <span role="alert">
          {describeError(state.error, t)}
          {phoneSaid(state.error) === undefined
            ? null
            : ` ${t('change.deviceMessage', { message: phoneSaid(state.error) ?? '' })}`}
        </span>
      ) : null}
    </span>
  );
};
