// A titled card of facts: a table whose row headers name each fact (readable by screen readers
// and findable by role in tests).
import type { ReactNode } from 'react';
import { useId } from 'react';

export interface Fact {
  readonly label: string;
  readonly value: ReactNode;
}

export interface FactsCardProps {
  readonly title: string;
  readonly facts: readonly Fact[];
  readonly children?: ReactNode;
}

export const FactsCard = ({ title, facts, children }: FactsCardProps): ReactNode => {
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <table className="facts" aria-labelledby={headingId}>
        <tbody>
          {facts.map((fact) => (
            <tr key={fact.label}>
              <th scope="row">{fact.label}</th>
              <td>{fact.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {children}
    </section>
  );
};
