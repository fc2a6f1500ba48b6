import { Injectable } from '@nestjs/common';
import { badInput, checkRegionCode, parseMoney, toFen } from '@techmarket/shared';
import { checkKeywords, checkText } from '../common/listing-text.js';
import { FieldsService } from '../fields/fields.service.js';
import type { NeedInput } from './dto/need.input.js';
import type { NeedFields } from './needs.repository.js';

const isValidDate = (d: unknown): d is Date => d instanceof Date && !Number.isNaN(d.getTime());

/** Every rule of a need's input; each refusal is BAD_USER_INPUT naming its field and reason. */
@Injectable()
export class NeedInputChecker {
  constructor(private readonly fields: FieldsService) {}

  async check(
    input: NeedInput,
    defaultRegion: string,
    now = new Date(),
  ): Promise<Omit<NeedFields, 'ownerId' | 'status'>> {
    const title = checkText(input.title, 'title') as string;
    const description = checkText(input.description, 'description') as string;
    const keywords = checkKeywords(input.keywords);
    const fieldCodes = await this.fields.checkCodes(input.fieldCodes);
    if (!input.cooperationModes?.length)
      throw badInput('COOPERATION_MODE_REQUIRED', 'at least one cooperation mode', {
        field: 'cooperationModes',
      });
    const budgetMin = input.budgetMin == null ? null : parseMoney(input.budgetMin, 'budgetMin');
    const budgetMax = input.budgetMax == null ? null : parseMoney(input.budgetMax, 'budgetMax');
    if (budgetMin !== null && budgetMax !== null && toFen(budgetMin) > toFen(budgetMax))
      throw badInput('BUDGET_RANGE', 'budgetMin is above budgetMax', { field: 'budgetMin' });
    const deadline = this.future(input.deadline, 'deadline', now);
    const regionCode = input.regionCode ? checkRegionCode(input.regionCode) : defaultRegion;
    let challengeReward: string | null = null;
    let challengeDeadline: Date | null = null;
    if (input.challenge) {
      challengeReward = parseMoney(input.challenge.reward, 'challenge.reward');
      if (toFen(challengeReward) <= 0n)
        throw badInput('REWARD_REQUIRED', 'a challenge offers a reward above zero', {
          field: 'challenge.reward',
        });
      challengeDeadline = this.future(
        input.challenge.submissionDeadline,
        'challenge.submissionDeadline',
        now,
      );
      if (!challengeDeadline)
        throw badInput('DEADLINE_REQUIRED', 'a challenge needs a submission deadline', {
          field: 'challenge.submissionDeadline',
        });
      if (deadline && challengeDeadline > deadline)
        throw badInput('SUBMISSION_AFTER_DEADLINE', 'proposals must be due before the need’s deadline', {
          field: 'challenge.submissionDeadline',
        });
    }
    return {
      title,
      description,
      keywords,
      fieldCodes,
      budgetMin,
      budgetMax,
      cooperationModes: [...new Set(input.cooperationModes)],
      minMaturity: input.minMaturity ?? null,
      deadline,
      regionCode,
      challengeReward,
      challengeDeadline,
    };
  }

  private future(value: unknown, field: string, now: Date): Date | null {
    if (value == null) return null;
    if (!isValidDate(value)) throw badInput('INVALID_DATE', `${field} is not a date`, { field });
    if (value <= now) throw badInput('DEADLINE_PASSED', `${field} is already past`, { field });
    return value;
  }
}
