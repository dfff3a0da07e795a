// The use-case services of the composed process, or a typed `internal` error for fakes that
// were built without them.
import type { AppServices } from '../../services/app-services';
import { ServiceUnavailable } from '../../services/service-errors';
import type { UseCaseServices } from '../../services/use-case-services';

export const useCasesOf = (services: AppServices, channel: string): UseCaseServices => {
  if (services.useCases === undefined) throw new ServiceUnavailable(channel);
  return services.useCases;
};
