import { enIssueAction } from './en-issue-action';
import { registerArea } from './index';

/** The feedback action's strings, added when the action's code loads (issue-action/App.tsx imports this first). */
registerArea(enIssueAction, {
  de: () => import('./de/issue-action'),
  es: () => import('./es/issue-action'),
  'zh-CN': () => import('./zh-CN/issue-action'),
  id: () => import('./id/issue-action'),
});
