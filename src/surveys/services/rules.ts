import { invalidInput } from '#kernel/app-error';
import { asAppJira } from '#platform/jira/client';
import { JiraError } from '#platform/jira/jira-error';
import { approximateCount } from '#platform/jira/jql-search';
import { listServiceDesks } from '#platform/jira/service-desk';
import { readJson, writeJson } from '#platform/kvs/json-store';
import { DEFAULT_RULES, surveyRules, type SurveyRules } from '#surveys/domain/survey-rules';
import { publishedVersionOf } from './questionnaires';
import { scopeJqlProblem } from './scope-jql';

/** The survey rules: one KVS key, the defaults (surveys off) until an admin saves them. */
const RULES_KEY = 'survey:rules';

export async function readRules(): Promise<SurveyRules> {
  return (await readJson(RULES_KEY, surveyRules)) ?? DEFAULT_RULES;
}

/**
 * Saves the rules after checking what the schema cannot: the questionnaire is published, each
 * project is a service project, and a JQL scope is JQL Jira accepts (asked of Jira as the app).
 */
export async function saveRules(rules: SurveyRules): Promise<SurveyRules> {
  await publishedVersionOf(rules.questionnaireId);
  const app = asAppJira();
  if (rules.enabled && rules.scope.kind === 'projects' && rules.scope.projects.length === 0)
    throw invalidInput('rules.scope.projects', 'choose at least one project to survey');
  if (rules.scope.kind === 'projects') {
    const desks = new Set((await listServiceDesks(app)).map((d) => d.projectId));
    rules.scope.projects.forEach((p, i) => {
      if (!desks.has(p.projectId)) throw invalidInput(`rules.scope.projects.${i}.projectId`, `project ${p.projectId} is not a service project`);
    });
  } else {
    const problem = scopeJqlProblem(rules.scope.jql);
    if (problem) throw invalidInput('rules.scope.jql', problem);
    try {
      await approximateCount(app, rules.scope.jql);
    } catch (error) {
      if (error instanceof JiraError && error.status === 400) throw invalidInput('rules.scope.jql', `Jira does not accept it: ${error.reason}`);
      throw error;
    }
  }
  await writeJson(RULES_KEY, rules);
  return rules;
}
