import { badInput } from '@techmarket/shared';

/** A client's idempotency key: 1 to 100 characters once trimmed; null when optional and not given. */
export function idempotencyKey(value: string | null | undefined, required: boolean): string | null {
  const key = value?.trim() ?? '';
  if ((!key && required) || key.length > 100)
    throw badInput('INVALID_IDEMPOTENCY_KEY', 'idempotencyKey is 1 to 100 characters', {
      field: 'idempotencyKey',
    });
  return key || null;
}
