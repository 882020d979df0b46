import { ForgeKvsAPIError, kvs } from '@forge/kvs';

/** Whether KVS refused a transaction because one of its conditions did not hold. */
const isConditionFailure = (error: unknown): boolean => error instanceof ForgeKvsAPIError && error.code === 'CONDITIONAL_CHECK_FAILED';

/** Executes a KVS transaction: true when written, false when a condition did not hold (nothing was written); other failures are thrown. */
export async function executeConditional(transaction: { execute(): Promise<unknown> }): Promise<boolean> {
  try {
    await transaction.execute();
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/** Builds one raw KVS transaction (`kvs.transact()`) and executes it as `executeConditional` does. */
export async function commitTransaction(build: (transaction: ReturnType<typeof kvs.transact>) => void): Promise<boolean> {
  const transaction = kvs.transact();
  build(transaction);
  return executeConditional(transaction);
}
