import type { AggregateRow } from '#surveys/domain/aggregate';
import { readState, rows } from '#surveys/store/aggregate-store';

/** Which rows to read: months (UTC, 'YYYY-MM'), and optionally projects, customers and services. */
export interface AggregateQuery {
  months: string[];
  projectIds?: string[];
  customerIds?: string[];
  serviceIds?: string[];
}

const NONE = '_';

/**
 * The aggregate rows of the generation that is read, for the months asked, filtered by project,
 * customer and service. KVS only: the caller checks that the viewer may see what is asked.
 */
export async function readAggregateRows(query: AggregateQuery): Promise<AggregateRow[]> {
  if (query.months.length === 0) return [];
  const months = [...new Set(query.months)].sort();
  const first = months[0] ?? '';
  const last = months.at(-1) ?? '';
  const state = await readState();
  const wanted = new Set(months);
  const projects = query.projectIds ? new Set(query.projectIds) : undefined;
  const customers = query.customerIds ? new Set(query.customerIds) : undefined;
  const services = query.serviceIds ? new Set(query.serviceIds) : undefined;
  const found: AggregateRow[] = [];
  let cursor: string | undefined;
  do {
    const page = await rows.query('by-month', {
      partition: [state.activeGen],
      range: first === last ? { equals: first } : { between: [first, last] },
      limit: 100,
      ...(cursor ? { cursor } : {}),
    });
    for (const { value } of page.entries) {
      if (!wanted.has(value.month)) continue;
      const customerId = value.customerKey === NONE ? null : value.customerKey;
      const serviceId = value.serviceKey === NONE ? null : value.serviceKey;
      if (projects && !projects.has(value.projectId)) continue;
      if (customers && (customerId === null || !customers.has(customerId))) continue;
      if (services && (serviceId === null || !services.has(serviceId))) continue;
      found.push({ month: value.month, projectId: value.projectId, customerId, serviceId, ...value.counts });
    }
    cursor = page.cursor;
  } while (cursor);
  return found;
}
