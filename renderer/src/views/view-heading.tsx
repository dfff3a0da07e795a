// The <h1> of a view. Focusable from script (tabIndex -1) so that after navigating, focus moves
// to the new view's heading and screen readers announce it.
import type { ReactNode } from 'react';

export const VIEW_HEADING_ID = 'view-heading';

export const ViewHeading = ({ children }: { children: ReactNode }): ReactNode => (
  <h1 id={VIEW_HEADING_ID} tabIndex={-1}>
    {children}
  </h1>
);
