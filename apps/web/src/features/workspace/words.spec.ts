import {
  ACHIEVEMENT_STATUS_WORDS,
  allowedActions,
  NEED_STATUS_WORDS,
  optionsOf,
  statusColour,
} from './words';

describe('workspace words', () => {
  it('names every status in Chinese words, distinct within a kind', () => {
    const a = Object.values(ACHIEVEMENT_STATUS_WORDS);
    const n = Object.values(NEED_STATUS_WORDS);
    expect(new Set(a).size).toBe(a.length);
    expect(new Set(n).size).toBe(n.length);
    expect(ACHIEVEMENT_STATUS_WORDS.PENDING_REVIEW).toBe('待审核');
    expect(NEED_STATUS_WORDS.OPEN).toBe('征集中');
    expect(statusColour('REJECTED')).toBe('error');
    expect(statusColour('SOMETHING')).toBe('default');
  });

  it('offers the steps the server allows from each status', () => {
    expect(allowedActions('achievement', 'DRAFT')).toEqual({ edit: true, submit: true, withdraw: true });
    expect(allowedActions('achievement', 'PENDING_REVIEW')).toEqual({
      edit: false,
      submit: false,
      withdraw: true,
    });
    expect(allowedActions('achievement', 'LISTED')).toEqual({ edit: true, submit: false, withdraw: true });
    expect(allowedActions('achievement', 'IN_TRADE')).toEqual({
      edit: false,
      submit: false,
      withdraw: false,
    });
    expect(allowedActions('need', 'OPEN')).toEqual({ edit: true, submit: false, withdraw: true });
    expect(allowedActions('need', 'CLOSED')).toEqual({ edit: false, submit: false, withdraw: false });
  });

  it('turns a word table into options', () => {
    expect(optionsOf({ A: '甲', B: '乙' })).toEqual([
      { value: 'A', label: '甲' },
      { value: 'B', label: '乙' },
    ]);
  });
});
