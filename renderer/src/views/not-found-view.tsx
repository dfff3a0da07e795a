// Shown for a hash that names no view, e.g. an outdated bookmark.
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { routeHref } from '../router/routes';
import { ViewHeading } from './view-heading';

export const NotFoundView = ({ path }: { path: string }): ReactNode => {
  const { t } = useI18n();
  return (
    <>
      <ViewHeading>{t('view.notFound.title')}</ViewHeading>
      <p>{t('view.notFound.body', { path })}</p>
      <p>
        <a href={routeHref('about')}>{t('view.notFound.link')}</a>
      </p>
    </>
  );
};
