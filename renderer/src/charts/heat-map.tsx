// A heat map as an HTML table: one row per item (row header), one column per series, each cell
// coloured by its level and carrying its full meaning as text for screen readers. A table is
// its own text alternative, and keyboard users reach the row links in order.
import './charts.css';
import type { ReactNode } from 'react';

export type HeatLevel = 'none' | 'ok' | 'bad';

export interface HeatMapCell {
  readonly level: HeatLevel;
  /** Shown in the cell (e.g. a count); empty for none. */
  readonly display: string;
  /** Full meaning, read by screen readers and shown as a tooltip. */
  readonly description: string;
}

export interface HeatMapRow {
  readonly key: string;
  readonly header: ReactNode;
  readonly cells: readonly HeatMapCell[];
}

export interface HeatMapProps {
  readonly caption: string;
  readonly cornerLabel: string;
  readonly columns: readonly { readonly key: string; readonly label: string }[];
  readonly rows: readonly HeatMapRow[];
  /** A last row (e.g. totals per column). */
  readonly footer?: { readonly label: string; readonly values: readonly string[] };
}

export const HeatMap = ({ caption, cornerLabel, columns, rows, footer }: HeatMapProps): ReactNode => (
  <div className="heat-map-scroll">
    <table className="heat-map">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{cornerLabel}</th>
          {columns.map((column) => (
            <th key={column.key} scope="col" className="heat-map-column">
              <span>{column.label}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.header}</th>
            {row.cells.map((cell, index) => (
              <td
                key={columns[index]?.key ?? index}
                className={`heat-${cell.level}`}
                title={cell.description}
              >
                <span aria-hidden="true">{cell.display}</span>
                <span className="visually-hidden">{cell.description}</span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      {footer === undefined ? null : (
        <tfoot>
          <tr>
            <th scope="row">{footer.label}</th>
            {footer.values.map((value, index) => (
              <td key={columns[index]?.key ?? index}>{value}</td>
            ))}
          </tr>
        </tfoot>
      )}
    </table>
  </div>
);
