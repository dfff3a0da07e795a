// Stacked bars over time (recharts), read at a glance; the figure carries a one-sentence
// summary as its accessible name and the caller adds a table alternative.
import './charts.css';
import type { ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface BarSeries {
  readonly key: string;
  readonly name: string;
  readonly color: string;
}

export interface StackedBarChartProps {
  /** Each datum has `label` plus one number per series key. */
  readonly data: readonly Readonly<Record<string, string | number>>[];
  readonly series: readonly BarSeries[];
  readonly summary: string;
  readonly height?: number;
}

export const StackedBarChart = ({ data, series, summary, height = 220 }: StackedBarChartProps): ReactNode => (
  <figure className="bar-chart" role="img" aria-label={summary}>
    <ResponsiveContainer width="100%" height={height}>
      <BarChart
        data={[...data]}
        accessibilityLayer={false}
        margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#8884" />
        <XAxis dataKey="label" tick={{ fontSize: 11, fill: 'currentColor' }} interval="preserveStartEnd" />
        <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: 'currentColor' }} />
        <Tooltip isAnimationActive={false} contentStyle={{ color: '#1b1f24' }} />
        <Legend />
        {series.map((entry) => (
          <Bar
            key={entry.key}
            dataKey={entry.key}
            name={entry.name}
            stackId="uses"
            fill={entry.color}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  </figure>
);
