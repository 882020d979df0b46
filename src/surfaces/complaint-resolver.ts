import { contractResolver } from '#platform/resolver/contract-resolver';
import { complaintHandlers } from '#register/resolver';
import { complaintContract } from './complaint-contract';

/**
 * The complaint panel's resolver (function `complaint-resolver`). Each handler checks the caller's
 * own permission on the issue named in the payload before anything is read or written as the app.
 */
export const complaintResolver = contractResolver(complaintContract, complaintHandlers);
