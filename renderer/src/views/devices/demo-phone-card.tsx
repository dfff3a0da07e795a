// "Open demo phone": starts a virtual phone (a shipped profile, cn-flagship-14 by default) that
// then appears in the device list like a real one.
import type { ReactNode } from 'react';
import { useEffect, useId, useState } from 'react';
import type { DemoProfile } from '../../../../preload/contract';
import { useApi } from '../../api/api-context';
import { useI18n } from '../../i18n/i18n-context';
import { ActionStatus } from './action-status';
import type { ActionState } from './use-action';

export const DEFAULT_DEMO_PROFILE = 'cn-flagship-14';
const PROFILE_NAME = /^[a-z0-9][a-z0-9-]*$/;

export const DemoPhoneCard = ({
  action,
  onStarted,
}: {
  action: ActionState;
  onStarted: () => void;
}): ReactNode => {
  const api = useApi();
  const { t } = useI18n();
  const headingId = useId();
  const selectId = useId();
  const [profiles, setProfiles] = useState<readonly DemoProfile[]>([]);
  const [profile, setProfile] = useState(DEFAULT_DEMO_PROFILE);

  useEffect(() => {
    let live = true;
    api.demo.profiles().then(
      // Patterns such as large-N are not names one can start.
      (list) => live && setProfiles(list.filter((entry) => PROFILE_NAME.test(entry.name))),
      () => undefined,
    );
    return () => void (live = false);
  }, [api]);

  const open = (): void =>
    void action.run(async () => {
      const device = await api.demo.start({ profile });
      onStarted();
      return t('devices.demo.started', { serial: device.serial });
    });

  const choices = profiles.length > 0 ? profiles : [{ name: DEFAULT_DEMO_PROFILE, description: '' }];
  const description = choices.find((choice) => choice.name === profile)?.description;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('devices.demo.heading')}</h2>
      <p>{t('devices.demo.intro')}</p>
      <div className="form-row">
        <label htmlFor={selectId}>{t('devices.demo.profile')}</label>
        <select id={selectId} value={profile} onChange={(event) => setProfile(event.target.value)}>
          {choices.map((choice) => (
            <option key={choice.name} value={choice.name}>
              {choice.name}
            </option>
          ))}
        </select>
        <button type="button" onClick={open} disabled={action.busy}>
          {t('devices.demo.open')}
        </button>
      </div>
      {description ? (
        <p className="hint" lang="en">
          {description}
        </p>
      ) : null}
      <ActionStatus action={action} />
    </section>
  );
};
