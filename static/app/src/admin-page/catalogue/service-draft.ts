import { SERVICE_DESCRIPTION_MAX_LENGTH, SERVICE_NAME_MAX_LENGTH, type ServiceView } from '#catalogue/contract';
import type { CallInput } from '#kernel/contract';
import type { AdminContract } from '#surfaces/admin-contract';
import type { MessageKey } from '../../shared/i18n';

/** A service being added (no id) or edited. */
export interface ServiceDraft {
  id?: string;
  name: string;
  description: string;
  /** Kept as it is: the page does not edit the owner, and saving must not clear it. */
  ownerAccountId: string | null;
}

export type ServiceField = 'name' | 'description';
export const SERVICE_FIELDS: readonly ServiceField[] = ['name', 'description'];

export function draftOf(service?: ServiceView): ServiceDraft {
  if (!service) return { name: '', description: '', ownerAccountId: null };
  return { id: service.id, name: service.name, description: service.description, ownerAccountId: service.ownerAccountId };
}

/** What must change before the draft can be saved, by field. */
export function serviceDraftProblems(draft: ServiceDraft): Partial<Record<ServiceField, MessageKey>> {
  const problems: Partial<Record<ServiceField, MessageKey>> = {};
  const name = draft.name.trim();
  if (name === '') problems.name = 'admin.catalogue.problem.name';
  else if (name.length > SERVICE_NAME_MAX_LENGTH) problems.name = 'admin.catalogue.problem.nameLong';
  if (draft.description.trim().length > SERVICE_DESCRIPTION_MAX_LENGTH) problems.description = 'admin.catalogue.problem.descriptionLong';
  return problems;
}

/** The `saveService` input for a draft: trimmed, with the id only when editing. */
export function saveInputOf(draft: ServiceDraft): CallInput<AdminContract, 'saveService'> {
  return {
    ...(draft.id ? { id: draft.id } : {}),
    name: draft.name.trim(),
    description: draft.description.trim(),
    ownerAccountId: draft.ownerAccountId,
  };
}

/** Active services first, then archived ones, each by name as a person sorts them. */
export function sortServices(services: readonly ServiceView[]): ServiceView[] {
  return [...services].sort((a, b) => (a.status === b.status ? a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) : a.status === 'active' ? -1 : 1));
}
