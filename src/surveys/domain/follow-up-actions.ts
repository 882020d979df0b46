/**
 * What the follow-up on a low score does (survey-rules.ts): raise a complaint, or notify the
 * customer's owner. Apart from the rules' schemas, so that a contract can name it without them.
 */
export const FOLLOW_UP_ACTIONS = ['complaint', 'notify-owner'] as const;
export type FollowUpAction = (typeof FOLLOW_UP_ACTIONS)[number];
