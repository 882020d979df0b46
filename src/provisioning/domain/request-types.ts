import type { BrmTypeKey } from './issue-types';

export const BRM_REQUEST_TYPE_KEYS = ['complaint', 'compliment'] as const;
export type BrmRequestTypeKey = (typeof BRM_REQUEST_TYPE_KEYS)[number];

export interface BrmRequestTypeDefinition {
  key: BrmRequestTypeKey;
  issueType: BrmTypeKey;
}

/** The portal request types that let customers raise feedback themselves (their names, in each language: names.ts). */
export const BRM_REQUEST_TYPES: Readonly<Record<BrmRequestTypeKey, BrmRequestTypeDefinition>> = {
  complaint: {
    key: 'complaint',
    issueType: 'complaint',
  },
  compliment: {
    key: 'compliment',
    issueType: 'compliment',
  },
};
