import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { badInput } from '@techmarket/shared';
import { FieldEntity } from './field.entity.js';
import { flattenTaxonomy } from './taxonomy.js';

@Injectable()
export class FieldsService {
  private cache: Promise<FieldEntity[]> | null = null;

  constructor(@InjectRepository(FieldEntity) private readonly repo: Repository<FieldEntity>) {}

  /** The taxonomy changes only by a release, so one read per process is enough. */
  list(): Promise<FieldEntity[]> {
    this.cache ??= this.repo.find({ order: { position: 'ASC' } }).catch((err: unknown) => {
      this.cache = null;
      throw err;
    });
    return this.cache;
  }

  /** At least one code, each existing in the taxonomy; duplicates dropped. */
  async checkCodes(codes: readonly string[] | null | undefined, field = 'fieldCodes'): Promise<string[]> {
    const unique = [...new Set(codes ?? [])];
    if (!unique.length) throw badInput('FIELD_REQUIRED', `${field} needs at least one field code`, { field });
    const known = new Set((await this.list()).map((f) => f.code));
    const unknown = unique.filter((c) => !known.has(c));
    if (unknown.length)
      throw badInput('INVALID_FIELD_CODE', `${field}: unknown field code ${unknown.join(', ')}`, { field });
    return unique;
  }

  /** Writes the taxonomy file into the table: new codes added, names and order updated. */
  async seed(): Promise<number> {
    const nodes = flattenTaxonomy();
    await this.repo.upsert(nodes, ['code']);
    this.cache = null;
    return nodes.length;
  }
}

/** A filter's field code prefix: digits only (so that no LIKE wildcard slips in), or none. */
export function checkFieldPrefix(
  value: string | null | undefined,
  field = 'filter.fieldCode',
): string | null {
  const prefix = value?.trim() ?? '';
  if (!prefix) return null;
  if (!/^\d{1,8}$/.test(prefix))
    throw badInput('INVALID_FIELD_CODE', `${field} must be a field code or its leading digits`, { field });
  return prefix;
}
