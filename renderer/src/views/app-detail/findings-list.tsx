// Each finding about the app: severity, explanation and the rule it cites, in the UI language.
import type { ReactNode } from 'react';
import type { AuditedApp } from '../../../../preload/contract';
import { useI18n } from '../../i18n/i18n-context';
import { localised } from './localised';

export const FindingsList = ({ app }: { app: AuditedApp }): ReactNode => {
  const { t, language } = useI18n();
  return (
    <section aria-labelledby="findings-heading">
      <h2 id="findings-heading">{t('appDetail.findings')}</h2>
      {app.findings.length === 0 ? (
        <p>{t('appDetail.findings.none')}</p>
      ) : (
        <ul aria-labelledby="findings-heading">
          {app.findings.map((finding, index) => (
            <li key={`${finding.kind}:${finding.subject.name}:${index}`} className="finding">
              <strong className={`apps-risk-${finding.severity}`}>
                {t(`apps.severity.${finding.severity}`)}
              </strong>{' '}
              {localised(finding.explanation, language)}
              <br />
              <span className="apps-muted">
                {t('appDetail.finding.citation', { citation: localised(finding.rule.citation, language) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
