import { notFound } from '#kernel/app-error';
import { defineHandlers, type CallContext } from '#kernel/contract';
import { complaintContract, registerContract, registerSettingsContract } from './contract';
import { changeComplaint, getComplaint, searchPeople } from './services/complaint-service';
import { countRegister, registerOptions, registerPage, type RegisterScope } from './services/register-service';
import { findContacts, getRegisterSettings, saveRegisterSettings } from './services/settings-service';

/** The project page module: its register shows the project Jira opened it in. */
export const PROJECT_REGISTER_MODULE = 'brm-register-project';

/**
 * The complaint panel's handlers (surfaces/complaint-resolver.ts). Each call asks Jira what the
 * caller may do on the issue named in the payload before anything is read or written as the app.
 */
export const complaintHandlers = defineHandlers(complaintContract, {
  getComplaint: ({ issueKey }, { accountId }) => getComplaint(accountId, issueKey),
  changeComplaint: ({ issueKey, operation }, { accountId }) => changeComplaint(accountId, issueKey, operation),
  searchPeople: async ({ issueKey, query }, { accountId }) => ({ people: await searchPeople(accountId, issueKey, query) }),
});

/** On the project page, the project Jira names in the module's context; the global page has none. */
function scopeOf(context: CallContext): RegisterScope {
  if (context.moduleKey !== PROJECT_REGISTER_MODULE) return {};
  const project = context.extension.project;
  const id = typeof project === 'object' && project !== null && 'id' in project && typeof project.id === 'string' ? project.id : undefined;
  if (!id) throw notFound('The register was opened outside a project.');
  return { projectId: id };
}

/** The register pages' handlers (surfaces/register-resolver.ts): every search runs as the caller. */
export const registerHandlers = defineHandlers(registerContract, {
  getRegisterOptions: (_input, { accountId }) => registerOptions(accountId),
  getRegisterPage: ({ filter, sort, pageSize, nextPageToken }, context) =>
    registerPage(context.accountId, { filter, sort, pageSize, ...(nextPageToken ? { nextPageToken } : {}) }, scopeOf(context)),
  countRegister: ({ filter }, context) => countRegister(context.accountId, filter, scopeOf(context)),
});

/** The register's settings, which the admin page's resolver serves behind its Jira-admin guard. */
export const registerSettingsHandlers = defineHandlers(registerSettingsContract, {
  getRegisterSettings: () => getRegisterSettings(),
  saveRegisterSettings: (settings) => saveRegisterSettings(settings),
  findContacts: async ({ query }) => ({ people: await findContacts(query) }),
});
