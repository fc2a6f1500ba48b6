import { type ValidationError, ValidationPipe } from '@nestjs/common';
import { badInput } from '../errors/domain-error.js';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID.test(value);

/**
 * Input classes declare their rules with class-validator; each rule names its reason in `context`
 * (`@IsEmail({}, { context: { reason: 'INVALID_EMAIL' } })`). The first broken rule becomes a
 * BAD_USER_INPUT error with that reason and the field's path.
 */
export function firstViolation(
  errors: ValidationError[],
  parent = '',
): { path: string; reason: string; message: string } | null {
  for (const error of errors) {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const constraints = Object.keys(error.constraints ?? {});
    if (constraints.length) {
      const rule = constraints[0];
      const reason = (error.contexts?.[rule]?.reason as string | undefined) ?? 'INVALID_INPUT';
      return { path, reason, message: error.constraints?.[rule] ?? `${path} is not valid` };
    }
    const nested = firstViolation(error.children ?? [], path);
    if (nested) return nested;
  }
  return null;
}

export const inputValidationPipe = () =>
  new ValidationPipe({
    transform: true,
    forbidUnknownValues: false,
    stopAtFirstError: true,
    exceptionFactory: (errors) => {
      const violation = firstViolation(errors) ?? {
        path: '',
        reason: 'INVALID_INPUT',
        message: 'Input is not valid',
      };
      return badInput(violation.reason, violation.message, { field: violation.path });
    },
  });
