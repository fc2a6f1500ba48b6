// Submit or withdraw one item from a list, then read the list again.
import { useState } from 'react';

export function useItemActions(
  submit: (id: string) => Promise<unknown>,
  withdraw: (id: string) => Promise<unknown>,
  refetch: () => Promise<unknown>,
) {
  const [busyId, setBusyId] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const act = (action: (id: string) => Promise<unknown>) => async (id: string) => {
    setBusyId(id);
    setActionError(null);
    try {
      await action(id);
    } catch (err) {
      setActionError(err);
    } finally {
      await refetch().catch(() => undefined);
      setBusyId(null);
    }
  };
  return {
    busyId,
    actionError,
    onSubmit: (id: string) => void act(submit)(id),
    onWithdraw: (id: string) => void act(withdraw)(id),
  };
}
