import { invalidInput } from '#kernel/app-error';
import { asAppJira, asUserJira } from '#platform/jira/client';
import { isTeamManaged, searchServiceProjects } from '#platform/jira/projects';
import { findUser, searchUsers } from '#platform/jira/users';
import { validatorEnabledIn, type RegisterSettings } from '#register/domain/settings';
import type { PersonView } from '#register/contract';
import { registerText } from '#register/texts';
import { readRegisterSettings, writeRegisterSettings } from './settings-store';

/**
 * The register's settings on the admin page (the admin resolver's guard has checked that the
 * caller is a Jira admin). The workflow rule applies to company-managed service projects, where
 * Jira runs app validators.
 */

async function companyManagedServiceProjects() {
  return (await searchServiceProjects(asAppJira())).filter((p) => !isTeamManaged(p));
}

export async function getRegisterSettings() {
  const [settings, projects] = await Promise.all([readRegisterSettings(), companyManagedServiceProjects()]);
  const contactUser = settings.escalationContactAccountId ? await findUser(asAppJira(), settings.escalationContactAccountId) : undefined;
  return {
    settings,
    projects: projects.map((p) => ({ id: p.id, key: p.key, name: p.name, ruleOn: validatorEnabledIn(settings, p.id) })),
    contact: contactUser ? { accountId: contactUser.accountId, displayName: contactUser.displayName ?? contactUser.accountId } : null,
  };
}

/** Saves the settings whole, once every project and the contact are known to Jira; nothing is written otherwise. */
export async function saveRegisterSettings(settings: RegisterSettings): Promise<{ settings: RegisterSettings }> {
  const projects = new Set((await companyManagedServiceProjects()).map((p) => p.id));
  settings.validatorDisabledProjectIds.forEach((id, index) => {
    if (!projects.has(id)) throw invalidInput(`validatorDisabledProjectIds.${index}`, registerText('error.projectUnknown', { id }));
  });
  if (settings.escalationContactAccountId !== null) {
    const contact = await findUser(asAppJira(), settings.escalationContactAccountId);
    if (!contact || contact.accountType === 'customer' || contact.accountType === 'app')
      throw invalidInput('escalationContactAccountId', registerText('error.ownerUnknown'));
  }
  const saved = { ...settings, validatorDisabledProjectIds: [...new Set(settings.validatorDisabledProjectIds)] };
  await writeRegisterSettings(saved);
  return { settings: saved };
}

export async function findContacts(query: string): Promise<PersonView[]> {
  if (query.trim() === '') return [];
  const users = await searchUsers(asUserJira(), query.trim());
  return users
    .filter((u) => u.accountType !== 'customer' && u.accountType !== 'app')
    .map((u) => ({ accountId: u.accountId, displayName: u.displayName ?? u.accountId }));
}
