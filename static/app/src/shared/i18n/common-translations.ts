import type { AreaTranslations } from './index';

/** The common and issue strings (en.ts) in each translated locale, one chunk per locale. */
export const COMMON_TRANSLATIONS: AreaTranslations = {
  de: () => import('./de/common'),
  es: () => import('./es/common'),
  'zh-CN': () => import('./zh-CN/common'),
  id: () => import('./id/common'),
};
