import { badInput, checkRegionCode } from '@techmarket/shared';
import type { MarketInput } from './market.model.js';

export const MARKET_CODE = /^[a-z][a-z0-9-]{1,31}$/;
const MAX_FIELDS = 20;

export interface MarketFields {
  code: string;
  name: string;
  introduction: string;
  regionCode: string | null;
  fieldCodes: string[];
}

const text = (value: string | null | undefined, field: string, max: number, required: boolean): string => {
  const t = value?.trim() ?? '';
  if (required && !t) throw badInput(`${field.toUpperCase()}_REQUIRED`, `${field} is required`, { field });
  if ([...t].length > max)
    throw badInput(`${field.toUpperCase()}_TOO_LONG`, `${field} must be at most ${max} characters`, {
      field,
      max,
    });
  return t;
};

/**
 * A new market's input, checked but for the field codes' existence (the taxonomy is read by the
 * service): a code, a name, and exactly one scope, a region or field codes (a code under another code
 * of the list adds nothing and is dropped).
 */
export function checkMarketInput(input: MarketInput): MarketFields {
  const code = input.code?.trim() ?? '';
  if (!MARKET_CODE.test(code))
    throw badInput(
      'INVALID_MARKET_CODE',
      'code: 2 to 32 lower-case letters, digits or hyphens, a letter first',
      {
        field: 'code',
      },
    );
  const name = text(input.name, 'name', 100, true);
  const introduction = text(input.introduction, 'introduction', 2000, false);
  const fields = [...new Set((input.fieldCodes ?? []).map((c) => c.trim()))];
  const region = input.regionCode?.trim() || null;
  if ((region === null) === (fields.length === 0))
    throw badInput('SCOPE_REQUIRED', 'a market covers either a region or industry fields: name one of them', {
      field: region ? 'fieldCodes' : 'regionCode',
    });
  if (fields.length > MAX_FIELDS)
    throw badInput('TOO_MANY_FIELDS', `at most ${MAX_FIELDS} field codes`, {
      field: 'fieldCodes',
      max: MAX_FIELDS,
    });
  if (fields.some((c) => !/^\d{2,8}$/.test(c)))
    throw badInput('INVALID_FIELD_CODE', 'fieldCodes: field codes are digits', { field: 'fieldCodes' });
  return {
    code,
    name,
    introduction,
    regionCode: region === null ? null : checkRegionCode(region, 'regionCode'),
    fieldCodes: fields.filter((c) => !fields.some((o) => o !== c && c.startsWith(o))).sort(),
  };
}
