import { contractResolver } from '#platform/resolver/contract-resolver';
import { registerHandlers } from '#register/resolver';
import { registerContract } from './register-contract';

/** The register pages' resolver (function `register-resolver`): every search runs as the caller. */
export const registerResolver = contractResolver(registerContract, registerHandlers);
