/**
 * Canonical JSON for hashing evidence: object keys sorted recursively (by UTF-16 code units, as
 * RFC 8785 does), no whitespace, strings and numbers written as `JSON.stringify` writes them.
 * Extensions: a `bigint` is written as a decimal string, a `Date` as its ISO-8601 string.
 * `undefined` object members are left out (as JSON does).
 *
 * Refused with TypeError (a silent change would make evidence unverifiable): NaN and ±Infinity,
 * invalid dates, `undefined` at the top or inside arrays, functions, symbols, cycles, and objects
 * that are not plain objects, arrays or dates (Map, Set, class instances...).
 *
 * The form is stable under a round trip through JSON or Postgres jsonb:
 * `canonicalJson(JSON.parse(canonicalJson(x))) === canonicalJson(x)`, so a payload read back from the
 * database hashes as it did when it was written.
 */
export function canonicalJson(value: unknown): string {
  return write(value, new Set<object>());
}

function write(value: unknown, seen: Set<object>): string {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonical JSON cannot hold ${value}`);
      return JSON.stringify(value); // -0 is written 0
    case 'bigint':
      return JSON.stringify(value.toString());
    case 'object':
      return value === null ? 'null' : writeObject(value, seen);
    default:
      throw new TypeError(`canonical JSON cannot hold a value of type ${typeof value}`);
  }
}

function writeObject(value: object, seen: Set<object>): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new TypeError('canonical JSON cannot hold an invalid Date');
    return JSON.stringify(value.toISOString());
  }
  if (seen.has(value)) throw new TypeError('canonical JSON cannot hold a cycle');
  seen.add(value);
  let out: string;
  if (Array.isArray(value)) {
    out = `[${value.map((item: unknown) => write(item, seen)).join(',')}]`;
  } else {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      throw new TypeError(
        `canonical JSON holds plain objects only, not ${value.constructor?.name ?? 'this'}`,
      );
    }
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${write(record[key], seen)}`);
    out = `{${members.join(',')}}`;
  }
  seen.delete(value);
  return out;
}
