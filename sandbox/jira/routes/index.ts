import type { IssueSearch } from '../search/issue-search';
import { appFieldValueRoutes } from './app-field-values';
import { customerRoutes } from './customers';
import { fieldContextRoutes } from './field-contexts';
import { fieldRoutes } from './fields';
import { issueLinkRoutes } from './issue-links';
import { issueMetaRoutes } from './issue-meta';
import { issueNotifyRoutes } from './issue-notify';
import { issuePropertyRoutes } from './issue-properties';
import { issueTypeSchemeRoutes } from './issue-type-schemes';
import { issueTypeRoutes } from './issue-types';
import { issueRoutes } from './issues';
import { myPermissionRoutes } from './my-permissions';
import { organizationRoutes } from './organizations';
import { projectRoutes } from './projects';
import { requestCommentRoutes } from './request-comments';
import { requestRoutes } from './requests';
import { Router } from './router';
import { screenSchemeRoutes } from './screen-schemes';
import { screenRoutes } from './screens';
import { searchRoutes } from './search';
import { serviceDeskRoutes } from './servicedesks';
import { transitionRoutes } from './transitions';
import { userRoutes } from './users';
import { workflowMetaRoutes } from './workflow-meta';

/** Every REST route the emulator answers: platform `/rest/api/3` and JSM `/rest/servicedeskapi`. */
export function buildRouter(search: IssueSearch): Router {
  return new Router([
    userRoutes,
    projectRoutes,
    issueTypeRoutes,
    issueTypeSchemeRoutes,
    workflowMetaRoutes,
    fieldRoutes,
    fieldContextRoutes,
    screenRoutes,
    screenSchemeRoutes,
    issueRoutes,
    issueMetaRoutes,
    appFieldValueRoutes,
    transitionRoutes,
    issueLinkRoutes,
    issuePropertyRoutes,
    myPermissionRoutes,
    searchRoutes(search),
    serviceDeskRoutes,
    organizationRoutes,
    customerRoutes,
    requestRoutes,
    requestCommentRoutes,
    issueNotifyRoutes,
  ]);
}
