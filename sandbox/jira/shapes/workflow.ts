import type { JiraPriority, JiraResolution, JiraStatus } from '../model';
import { STATUS_CATEGORIES } from '../store/baseline';

export function statusCategoryShape(baseUrl: string, key: JiraStatus['categoryKey']): Record<string, unknown> {
  const category = STATUS_CATEGORIES.find((c) => c.key === key) ?? STATUS_CATEGORIES[0];
  if (!category) throw new Error('No status categories are defined.');
  return {
    self: `${baseUrl}/rest/api/3/statuscategory/${category.id}`,
    id: category.id,
    key: category.key,
    colorName: category.colorName,
    name: category.name,
  };
}

export function statusShape(baseUrl: string, status: JiraStatus): Record<string, unknown> {
  return {
    self: `${baseUrl}/rest/api/3/status/${status.id}`,
    description: '',
    iconUrl: `${baseUrl}/images/icons/statuses/generic.png`,
    name: status.name,
    untranslatedName: status.name,
    id: status.id,
    statusCategory: statusCategoryShape(baseUrl, status.categoryKey),
  };
}

export function resolutionShape(baseUrl: string, resolution: JiraResolution): Record<string, unknown> {
  return { self: `${baseUrl}/rest/api/3/resolution/${resolution.id}`, id: resolution.id, description: '', name: resolution.name };
}

export function priorityShape(baseUrl: string, priority: JiraPriority): Record<string, unknown> {
  return {
    self: `${baseUrl}/rest/api/3/priority/${priority.id}`,
    statusColor: priority.statusColor,
    description: '',
    iconUrl: `${baseUrl}/images/icons/priorities/${priority.name.toLowerCase()}.svg`,
    name: priority.name,
    id: priority.id,
  };
}
