import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { huomaaMinutSurveyOf, pictogramOf } from './huomaa-minut-definition';

const definition = JSON.parse(readFileSync(join(__dirname, '../../../survey-definitions/huomaa-minut/v2.json'), 'utf8')) as Record<string, unknown>;

describe('the Huomaa minut flow reads its definition', () => {
  const survey = huomaaMinutSurveyOf(2, definition);

  it('asks the child the picture questions in order, the age band and observation are the adult’s', () => {
    expect(survey.questions.map((q) => [q.name, q.multiple])).toEqual([
      ['feels_here', false],
      ['felt_heard', false],
      ['fun_things', true],
    ]);
    expect(survey.ageBand.choices.map((c) => c.value)).toEqual(['0-2', '3-4', '5-6', '7-9', '10-12']);
    expect(survey.wish?.name).toBe('wish');
    expect(survey.observation.name).toBe('adult_observation');
    expect(survey.languages.slice(0, 4)).toEqual(['fi', 'sv', 'en', 'ar']);
  });

  it('gives every choice a bundled pictogram and its words without the emoji', () => {
    const heard = survey.questions[1];
    expect(heard.choices.map((c) => [c.value, c.label.ar, c.picture])).toEqual([
      [1, 'لا', '/pictograms/1f641.svg'],
      [2, 'أحيانًا', '/pictograms/1f610.svg'],
      [3, 'نعم', '/pictograms/1f642.svg'],
    ]);
    expect(survey.questions.flatMap((q) => q.choices).every((c) => c.picture !== null)).toBe(true);
  });

  it('names pictograms as Twemoji does, and has none for an emoji it does not bundle', () => {
    expect(pictogramOf('⚽ Liikunta')).toBe('/pictograms/26bd.svg');
    expect(pictogramOf('🦄 Yksisarvinen')).toBeNull();
    expect(pictogramOf('Ei kuvaa')).toBeNull();
  });
});
