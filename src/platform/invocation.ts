import { getAppContext } from '@forge/api';

/** What is left of the current Forge invocation before Forge stops it, in milliseconds. */
export const remainingInvocationMs = (): number => getAppContext().invocationRemainingTimeInMillis();
