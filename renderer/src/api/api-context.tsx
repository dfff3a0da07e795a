// Provides the `Api` to components, so tests (or storybook-like previews) can inject a fake.
import type { ReactNode } from 'react';
import { createContext, useContext } from 'react';
import type { Api } from '../../../preload/contract';

const ApiContext = createContext<Api | undefined>(undefined);

export const ApiProvider = ({ api, children }: { api: Api; children: ReactNode }): ReactNode => (
  <ApiContext value={api}>{children}</ApiContext>
);

export const useApi = (): Api => {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi() needs an <ApiProvider> above it');
  return api;
};
