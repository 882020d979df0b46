import { enAdmin } from './en-admin';
import { registerEnglish } from './index';

/**
 * The admin page's English strings, added when the admin page's code loads (admin-page/App.tsx
 * imports this first), so the issue surfaces' frames never download them.
 */
registerEnglish(enAdmin);
