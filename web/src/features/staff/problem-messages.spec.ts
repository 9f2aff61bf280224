import { fieldErrorText, problemText } from './problem-messages';

describe('the API errors in the staff member language', () => {
  it('says a problem type in Finnish and Swedish, and leaves English to the server detail', () => {
    const problem = { type: '/problems/email-taken' };
    expect(problemText(problem, 'fi')).toBe('Tällä sähköpostiosoitteella on jo tunnus.');
    expect(problemText(problem, 'sv')).toBe('Det finns redan ett konto med den här e-postadressen.');
    expect(problemText(problem, 'en')).toBeUndefined();
    expect(problemText({ type: '/problems/something-new' }, 'fi')).toBeUndefined();
  });

  it('says a field error by its code, and falls back to the English message', () => {
    const error = { field: 'scope.regions', message: 'A region-analyst needs at least one region.', code: 'region-required' };
    expect(fieldErrorText(error, 'fi')).toBe('Valitse vähintään yksi hyvinvointialue.');
    expect(fieldErrorText(error, 'sv')).toBe('Välj minst ett välfärdsområde.');
    expect(fieldErrorText(error, 'en')).toBe('Choose at least one wellbeing region.');
    expect(fieldErrorText({ message: 'slug must be lower-case letters', code: 'matches' }, 'en')).toBe('slug must be lower-case letters');
    expect(fieldErrorText({ message: 'Something odd.', code: 'invalid' }, 'fi')).toBe('Something odd.');
    expect(fieldErrorText({ message: 'No code at all.' }, 'sv')).toBe('No code at all.');
  });
});
