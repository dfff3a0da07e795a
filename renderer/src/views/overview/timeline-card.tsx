// Camera, microphone and location use over the last 24 hours or 7 days: stacked bars, a
// sentence that summarises them (the chart's accessible name), a table alternative and the
// most recent uses.
import type { ReactNode } from 'react';
import { useId, useMemo, useState } from 'react';
import type { AuditedScan } from '../../../../preload/contract';
import { StackedBarChart } from '../../charts/stacked-bar-chart';
import { useI18n } from '../../i18n/i18n-context';
import type { TimelineRange } from './timeline-buckets';
import { USE_KINDS, timelineBuckets, sensitiveUseEvents } from './timeline-buckets';
import { TimelineTable } from './timeline-table';

const COLORS = { camera: '#d9480f', microphone: '#7048e8', location: '#1971c2' } as const;
const RECENT = 8;

export const TimelineCard = ({ scan }: { scan: AuditedScan }): ReactNode => {
  const { t, format, language } = useI18n();
  const headingId = useId();
  const [range, setRange] = useState<TimelineRange>('24h');
  const events = useMemo(() => sensitiveUseEvents(scan), [scan]);
  const timeline = useMemo(
    () => timelineBuckets(events, { range, nowMs: scan.takenAtMs }),
    [events, range, scan],
  );
  const labelFormat = useMemo(
    () =>
      new Intl.DateTimeFormat(
        language,
        range === '24h' ? { hour: '2-digit', minute: '2-digit' } : { weekday: 'short', day: 'numeric' },
      ),
    [language, range],
  );
  const data = timeline.buckets.map((bucket) => ({ ...bucket, label: labelFormat.format(bucket.startMs) }));
  const period = t(range === '24h' ? 'overview.timeline.24h' : 'overview.timeline.7d');
  const summary = t('overview.timeline.summary', {
    period,
    camera: format.number(timeline.totals.camera),
    microphone: format.number(timeline.totals.microphone),
    location: format.number(timeline.totals.location),
    background: format.number(timeline.totals.background),
  });
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('overview.timeline.heading')}</h2>
      <div className="segmented" role="radiogroup" aria-label={t('overview.timeline.range')}>
        {(['24h', '7d'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name={`${headingId}-range`}
              value={value}
              checked={range === value}
              onChange={() => setRange(value)}
            />
            {t(value === '24h' ? 'overview.timeline.24h' : 'overview.timeline.7d')}
          </label>
        ))}
      </div>
      <p>{summary}</p>
      <StackedBarChart
        data={data}
        summary={summary}
        series={USE_KINDS.map((kind) => ({
          key: kind,
          name: t(`overview.kind.${kind}`),
          color: COLORS[kind],
        }))}
      />
      <details>
        <summary>{t('overview.timeline.table')}</summary>
        <TimelineTable rows={data} />
      </details>
      <h3>{t('overview.timeline.recent')}</h3>
      {timeline.events.length === 0 ? (
        <p>{t('overview.timeline.empty')}</p>
      ) : (
        <ul className="recent-uses">
          {timeline.events.slice(0, RECENT).map((event) => (
            <li key={`${event.packageName}|${event.kind}|${event.atMs}`}>
              {t('overview.timeline.use', {
                app: event.packageName,
                kind: t(`overview.kind.${event.kind}`),
                when: `${format.dateTime(event.atMs)} ${t(
                  event.background ? 'overview.timeline.background' : 'overview.timeline.foreground',
                )}`,
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
