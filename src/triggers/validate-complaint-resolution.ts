import { validateResolution, type ValidatorResult } from '#register/services/resolution-validator';

/**
 * The `jira:workflowValidator` `brm-complaint-resolution` (function `validate-complaint`):
 * Jira calls it before a transition it guards and shows its `errorMessage` when `result` is false;
 * the message is in the language of the user Forge names in the context, else the site's.
 */
export const validateComplaintResolution = (payload: unknown, context?: unknown): Promise<ValidatorResult> => validateResolution(payload, context);
