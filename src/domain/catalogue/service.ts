import { z } from 'zod';

/** A service in the app's catalogue. Ids never change: tickets keep them in the Service field. */
export const SERVICE_STATUSES = ['active', 'archived'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

export const SERVICE_NAME_MAX_LENGTH = 100;
export const SERVICE_DESCRIPTION_MAX_LENGTH = 1000;

/** The stored shape (KVS entity `service`). */
export const catalogueService = z.object({
  name: z.string(),
  description: z.string(),
  status: z.enum(SERVICE_STATUSES),
  ownerAccountId: z.string(),
  updatedAt: z.string(),
});
export type StoredService = z.infer<typeof catalogueService>;

export interface CatalogueService extends StoredService {
  id: string;
}

/** Service names compare without regard to case or surrounding spaces. */
export const normaliseServiceName = (name: string): string => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');

export const byServiceName = (a: CatalogueService, b: CatalogueService): number => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });
