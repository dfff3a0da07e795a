// The timeline's numbers as a table: one row per hour or day, one column per kind of use.
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { TimelineBucket } from './timeline-buckets';
import { USE_KINDS } from './timeline-buckets';

export const TimelineTable = ({
  rows,
}: {
  rows: readonly (TimelineBucket & { label: string })[];
}): ReactNode => {
  const { t, format } = useI18n();
  return (
    <table className="data-table compact">
      <caption className="visually-hidden">{t('overview.timeline.heading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('overview.timeline.time')}</th>
          {USE_KINDS.map((kind) => (
            <th key={kind} scope="col">
              {t(`overview.kind.${kind}`)}
            </th>
          ))}
          <th scope="col">{t('overview.timeline.background')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.startMs}>
            <th scope="row">{row.label}</th>
            {USE_KINDS.map((kind) => (
              <td key={kind}>{format.number(row[kind])}</td>
            ))}
            <td>{format.number(row.background)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};
