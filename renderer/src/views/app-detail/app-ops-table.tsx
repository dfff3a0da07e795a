// The app's app ops as the phone reported them: mode and last access.
import type { ReactNode } from 'react';
import type { AuditedApp } from '../../../../preload/contract';
import { useI18n } from '../../i18n/i18n-context';
import type { RelativeTimeFormatter } from '../apps/relative-time';

export const AppOpsTable = ({
  app,
  relative,
}: {
  app: AuditedApp;
  relative: RelativeTimeFormatter;
}): ReactNode => {
  const { t } = useI18n();
  return (
    <section aria-labelledby="ops-heading">
      <h2 id="ops-heading">{t('appDetail.ops')}</h2>
      {app.appOps.length === 0 ? (
        <p>{t('appDetail.ops.none')}</p>
      ) : (
        <table aria-labelledby="ops-heading">
          <thead>
            <tr>
              <th scope="col">{t('appDetail.ops.op')}</th>
              <th scope="col">{t('appDetail.ops.mode')}</th>
              <th scope="col">{t('appDetail.ops.last')}</th>
            </tr>
          </thead>
          <tbody>
            {app.appOps.map((op) => (
              <tr key={`${op.op}:${op.uidMode === true ? 'uid' : 'pkg'}`}>
                <th scope="row" className="apps-mono">
                  {op.op}
                </th>
                <td className="apps-mono">{op.mode}</td>
                <td>{op.lastAccessMs === undefined ? '—' : relative(op.lastAccessMs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
};
