import type { BrmTypeKey } from './issue-types';

export const BRM_REQUEST_TYPE_KEYS = ['complaint', 'compliment'] as const;
export type BrmRequestTypeKey = (typeof BRM_REQUEST_TYPE_KEYS)[number];

export interface BrmRequestTypeDefinition {
  key: BrmRequestTypeKey;
  name: string;
  description: string;
  helpText: string;
  issueType: BrmTypeKey;
}

/** The portal request types that let customers raise feedback themselves. */
export const BRM_REQUEST_TYPES: Readonly<Record<BrmRequestTypeKey, BrmRequestTypeDefinition>> = {
  complaint: {
    key: 'complaint',
    name: 'Raise a complaint',
    description: 'Tell us what went wrong with a service, so that we can put it right.',
    helpText: 'Describe what happened, when, and how it affected you.',
    issueType: 'complaint',
  },
  compliment: {
    key: 'compliment',
    name: 'Give a compliment',
    description: 'Tell us what went well, and who made it happen.',
    helpText: 'Name the service or the people you would like to thank.',
    issueType: 'compliment',
  },
};
