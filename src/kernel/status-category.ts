/** Jira's status categories by key (`statusCategory.key`): every status belongs to one. */
export const STATUS_CATEGORY_KEYS = ['new', 'indeterminate', 'done'] as const;
export type StatusCategoryKey = (typeof STATUS_CATEGORY_KEYS)[number];
