import { DEFAULT_MAPPING, type IssueTypeScreenScheme, type Screen, type ScreenScheme } from '../model';

/**
 * The screens a fresh Jira site has: the Default Screen (one "Field Tab" with the system fields
 * the emulator keeps), the Default Screen Scheme that uses it for every operation, and the Default
 * Issue Type Screen Scheme that maps every issue type to that scheme. A company-managed project
 * without its own issue type screen scheme uses these. Ids are Jira's own for these objects.
 */

/** The system fields an issue's screens offer, in Jira's order (the emulator has no due date). */
export const SYSTEM_SCREEN_FIELDS = ['summary', 'issuetype', 'description', 'reporter', 'assignee', 'priority', 'labels'] as const;

export const DEFAULT_SCREEN: Screen = {
  id: '1',
  name: 'Default Screen',
  description: 'Allows to update all system fields.',
  tabs: [{ id: '10000', name: 'Field Tab', fieldIds: [...SYSTEM_SCREEN_FIELDS] }],
};

export const DEFAULT_SCREEN_SCHEME: ScreenScheme = {
  id: '1',
  name: 'Default Screen Scheme',
  description: 'Default Screen Scheme',
  screens: { default: DEFAULT_SCREEN.id },
};

export const DEFAULT_ISSUE_TYPE_SCREEN_SCHEME: IssueTypeScreenScheme = {
  id: '1',
  name: 'Default Issue Type Screen Scheme',
  description: 'The default issue type screen scheme',
  mappings: [{ issueTypeId: DEFAULT_MAPPING, screenSchemeId: DEFAULT_SCREEN_SCHEME.id }],
};
