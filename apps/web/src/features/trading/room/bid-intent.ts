// One idempotency key per intended bid: the same key while the bidder retries the same amount after a
// network failure (the server answers a replay with the bid it already stored), a new key once the
// server has answered (accepted or refused) or the amount changes.

export type KeySource = () => string;

/** 128 random bits in hex (crypto.getRandomValues works on plain http too, unlike randomUUID). */
export const randomKey: KeySource = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

export class BidIntent {
  private current: { amount: string; key: string } | null = null;
  private inFlight = false;

  constructor(private readonly newKey: KeySource = randomKey) {}

  /** The key for sending `amount` now, or null while a bid is already on its way (a double click). */
  begin(amount: string): string | null {
    if (this.inFlight) return null;
    if (this.current?.amount !== amount) this.current = { amount, key: this.newKey() };
    this.inFlight = true;
    return this.current.key;
  }

  /**
   * True when `amount` is a bid sent before whose answer was lost: the server may have stored it, so a
   * retry must go out (with its key) even if the price shown has since moved past it.
   */
  isRetry(amount: string): boolean {
    return !this.inFlight && this.current?.amount === amount;
  }

  /** The server answered (a stored bid or a refusal): the next bid is a new intent. */
  answered(): void {
    this.inFlight = false;
    this.current = null;
  }

  /** No answer came: a retry of the same amount reuses the key. */
  failed(): void {
    this.inFlight = false;
  }
}
