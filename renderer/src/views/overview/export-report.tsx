// Export the phone's report (`report:export`) as HTML or JSON, saved through a Blob download.
import type { ReactNode } from 'react';
import { useId } from 'react';
import type { DeviceRef, ExportedReport } from '../../../../preload/contract';
import { useApi } from '../../api/api-context';
import { useI18n } from '../../i18n/i18n-context';
import { ActionStatus } from '../devices/action-status';
import { useAction } from '../devices/use-action';

/** Hands the report to the browser's (or Electron's) download machinery. */
export const downloadReport = (report: ExportedReport): void => {
  const url = URL.createObjectURL(new Blob([report.content], { type: report.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = report.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

export const ExportReport = ({ device }: { device: DeviceRef }): ReactNode => {
  const api = useApi();
  const { t } = useI18n();
  const action = useAction();
  const headingId = useId();
  const save = (format: 'html' | 'json'): void =>
    void action.run(async () => {
      const report = await api.report.export({ device, format });
      downloadReport(report);
      return t('overview.export.done', { file: report.fileName });
    });
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('overview.export.heading')}</h2>
      <div className="button-row">
        <button type="button" onClick={() => save('html')} disabled={action.busy}>
          {t('overview.export.html')}
        </button>
        <button type="button" onClick={() => save('json')} disabled={action.busy}>
          {t('overview.export.json')}
        </button>
      </div>
      <ActionStatus action={action} />
    </section>
  );
};
