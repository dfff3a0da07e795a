// A view that is not built yet: its title and what it will show.
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { PlainMessageKey } from '../i18n/translate';
import { ViewHeading } from './view-heading';

export interface PlaceholderViewProps {
  readonly title: PlainMessageKey;
  readonly body: PlainMessageKey;
  readonly children?: ReactNode;
}

export const PlaceholderView = ({ title, body, children }: PlaceholderViewProps): ReactNode => {
  const { t } = useI18n();
  return (
    <>
      <ViewHeading>{t(title)}</ViewHeading>
      <p>{t(body)}</p>
      {children}
    </>
  );
};
