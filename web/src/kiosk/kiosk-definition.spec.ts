import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { endonymOf, inLanguage, isRightToLeftLanguage, kioskSurveyOf } from './kiosk-definition';

const definition = JSON.parse(readFileSync(join(__dirname, '../../../survey-definitions/instant-feedback/v2.json'), 'utf8'));

describe('the kiosk reads the instant-feedback definition without survey-core', () => {
  const survey = kioskSurveyOf(2, definition);

  it('finds the three faces with their words in every language, without the emoji', () => {
    expect(survey.faces.map((face) => face.value)).toEqual([1, 2, 3]);
    expect(survey.faces.map((face) => inLanguage(face.label, 'fi'))).toEqual(['Harmittaa', 'Ihan ok', 'Kiva']);
    expect(inLanguage(survey.faces[2].label, 'sv')).toBe('Bra');
    expect(inLanguage(survey.question, 'en')).toBe('How was your day here?');
  });

  it('offers the definition’s languages, Finnish first, with their own names and direction', () => {
    expect(survey.languages.slice(0, 4)).toEqual(['fi', 'sv', 'en', 'ar']);
    expect(survey.languages).toHaveLength(10);
    expect(endonymOf('ar')).toBe('العربية');
    expect(isRightToLeftLanguage('ar')).toBe(true);
    expect(isRightToLeftLanguage('fi')).toBe(false);
  });

  it('offers the optional follow-ups: who answers (one) and what was nice (several)', () => {
    expect(survey.followUps.map((q) => [q.name, q.multiple])).toEqual([
      ['respondent', false],
      ['reason', true],
    ]);
    expect(survey.followUps[0].choices.map((c) => [c.value, inLanguage(c.label, 'fi')])).toEqual([
      ['child', 'Lapsi'],
      ['parent', 'Vanhempi tai muu aikuinen'],
    ]);
    expect(inLanguage(survey.followUps[1].title, 'sv')).toBe('Vad var roligt i dag?');
  });

  it('takes the thank-you as plain text, never as HTML', () => {
    expect(inLanguage(survey.thanks, 'fi')).toBe('Kiitos! 💛 Tervetuloa uudelleen!');
    expect(Object.values(survey.thanks).every((text) => !text.includes('<'))).toBe(true);
  });

  it('falls back to Finnish where a text is missing', () => {
    expect(inLanguage({ fi: 'Kiva' }, 'so')).toBe('Kiva');
  });
});
