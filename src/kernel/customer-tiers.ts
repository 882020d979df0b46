/**
 * The tiers of a customer in the portfolio, most important first. The portfolio keeps each
 * customer's tier; relationship campaigns choose their organizations by tier.
 */
export const TIERS = ['strategic', 'key', 'standard'] as const;
export type Tier = (typeof TIERS)[number];
