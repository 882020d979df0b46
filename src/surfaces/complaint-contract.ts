import { complaintContract as registerComplaintContract } from '#register/contract';

/** The complaint panel's calls (jira:issuePanel `brm-complaint-panel`): the complaint's measures and analysis. */
export const complaintContract = registerComplaintContract;
export type ComplaintContract = typeof complaintContract;
