import { errorIssues, fieldErrors, isUnauthenticated, wordsFor } from './errors';

const refusal = (reason: string, code = 'BAD_USER_INPUT', message = 'refused') => ({
  name: 'CombinedGraphQLErrors',
  errors: [{ message, extensions: { code, reason } }],
});

describe('errors', () => {
  it('turns extensions.reason into Chinese words, the message when the reason is unknown', () => {
    expect(errorIssues(refusal('BID_TOO_LOW'))[0]).toEqual({
      reason: 'BID_TOO_LOW',
      code: 'BAD_USER_INPUT',
      field: null,
      words: '出价低于当前价加一个加价幅度',
    });
    expect(errorIssues(refusal('SOMETHING_NEW', 'CONFLICT', 'Something new'))[0]!.words).toBe(
      'Something new',
    );
    expect(wordsFor(null)).toBe('操作失败，请稍后再试');
  });

  it('names a network failure', () => {
    expect(errorIssues(new TypeError('Failed to fetch'))[0]!.reason).toBe('NETWORK');
    expect(errorIssues(undefined)).toEqual([]);
  });

  it('recognises an expired or missing sign-in', () => {
    expect(isUnauthenticated(refusal('INVALID_TOKEN', 'UNAUTHENTICATED'))).toBe(true);
    expect(isUnauthenticated(refusal('BID_TOO_LOW'))).toBe(false);
  });

  it('maps issues to form fields by reason or by extensions.field, the rest left for a notice', () => {
    const error = {
      errors: [
        { message: 'x', extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_CREDIT_CODE' } },
        { message: 'y', extensions: { code: 'BAD_USER_INPUT', reason: 'TITLE_TOO_LONG', field: 'title' } },
        { message: 'z', extensions: { code: 'CONFLICT', reason: 'STATUS_CHANGED' } },
      ],
    };
    const { fields, rest } = fieldErrors(error, { INVALID_CREDIT_CODE: 'creditCode' });
    expect(fields).toEqual([
      { name: 'creditCode', errors: ['统一社会信用代码无效'] },
      { name: 'title', errors: ['标题过长'] },
    ]);
    expect(rest.map((i) => i.reason)).toEqual(['STATUS_CHANGED']);
  });
});
