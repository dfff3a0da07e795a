// The phone's risk score (0 best … 100 worst) and its findings by severity, as bars with their
// counts written out (a meter-like list, readable without the colours).
import type { ReactNode } from 'react';
import { useId } from 'react';
import type { AuditSummaryView } from '../../../../preload/contract';
import { useI18n } from '../../i18n/i18n-context';
import { scoreBand, severityCounts } from './severity-counts';

export const ScoreCard = ({ summary }: { summary: AuditSummaryView }): ReactNode => {
  const { t, format } = useI18n();
  const scoreId = useId();
  const findingsId = useId();
  const band = scoreBand(summary.score);
  return (
    <div className="overview-row">
      <section className={`card score-card score-${band}`} aria-labelledby={scoreId}>
        <h2 id={scoreId}>{t('overview.score.heading')}</h2>
        <p
          className="score-value"
          aria-label={t('overview.score.value', { score: format.number(summary.score) })}
        >
          <span aria-hidden="true">{format.number(summary.score)}</span>
        </p>
        <p className="score-band">{t(`overview.score.band.${band}`)}</p>
        <p className="hint">{t('overview.score.hint')}</p>
      </section>
      <section className="card findings-card" aria-labelledby={findingsId}>
        <h2 id={findingsId}>{t('overview.findings.heading')}</h2>
        <table className="severity-table" aria-labelledby={findingsId}>
          <tbody>
            {severityCounts(summary).map(({ severity, count, share }) => (
              <tr key={severity}>
                <th scope="row">{t(`overview.severity.${severity}`)}</th>
                <td className="severity-count">{format.number(count)}</td>
                <td className="severity-bar-cell" aria-hidden="true">
                  <span
                    className={`severity-bar severity-${severity}`}
                    style={{ width: `${Math.round(share * 100)}%` }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="hint">
          {t('overview.findings.apps', { count: format.number(summary.appsWithFindings) })}
        </p>
      </section>
    </div>
  );
};
