import { validateResolution, type ValidatorResult } from '#register/services/resolution-validator';

/**
 * The `jira:workflowValidator` `brm-complaint-resolution` (function `validate-complaint`):
 * Jira calls it before a transition it guards and shows its `errorMessage` when `result` is false.
 */
export const validateComplaintResolution = (payload: unknown): Promise<ValidatorResult> => validateResolution(payload);
