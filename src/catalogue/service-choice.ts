import { invalidInput } from '#kernel/app-error';
import { SOURCE_LOCALE, type Locale } from '#kernel/locales';
import type { CatalogueService, ServiceProblem } from './domain';
import { findService } from './service-store';
import { CATALOGUE_TEXTS } from './texts';

/** An active catalogue service, or an error naming `field`. */
export async function requireActiveService(serviceId: string, field = 'serviceId'): Promise<CatalogueService> {
  const service = await findService(serviceId);
  if (!service) throw invalidInput(field, CATALOGUE_TEXTS.text('service.missing', { id: serviceId }));
  if (service.status !== 'active') throw invalidInput(field, CATALOGUE_TEXTS.text('service.archived', { name: service.name }));
  return service;
}

/** A sentence for agents, in `locale`, saying why the app cleared a ticket's Service (see judgeServiceValue). */
export function serviceCorrectionReason(
  serviceId: string,
  service: CatalogueService | undefined,
  problem: ServiceProblem,
  locale: Locale = SOURCE_LOCALE,
): string {
  return problem === 'not-in-catalogue'
    ? CATALOGUE_TEXTS.in(locale, 'check.notInCatalogue', { id: serviceId })
    : CATALOGUE_TEXTS.in(locale, 'check.archived', { name: service?.name ?? serviceId });
}
