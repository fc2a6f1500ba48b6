/** Collects positional parameters while a query is assembled: `p.add(value)` returns `$n`. */
export class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Words of a search, as the text Postgres' `simple` parser reads back into the same tokens. */
export const tsText = (tokens: readonly string[]): string => tokens.join(' ');
