import { plainSurveyStrings } from './plain-survey-strings';

// The plain survey page's buttons and messages are survey-core's own words in each language.

test('Finnish, Swedish and Persian come from survey-core’s translations', () => {
  expect(plainSurveyStrings('fi')).toEqual({
    pagePrevText: 'Edellinen',
    pageNextText: 'Seuraava',
    requiredError: 'Vastaa kysymykseen, kiitos.',
    progressText: 'Sivu {0} / {1}',
  });
  expect(plainSurveyStrings('sv').pageNextText).toBe('Nästa');
  expect(plainSurveyStrings('sv').progressText).toBe('Sida {0} av {1}');
  expect(plainSurveyStrings('fa').pageNextText).toBe('بعدی');
});

test('Somali and Albanian, which survey-core lacks, are ours; any other language is English', () => {
  expect(plainSurveyStrings('so')).toMatchObject({ pageNextText: 'Xiga', requiredError: 'Fadlan ka jawaab su’aashan.' });
  expect(plainSurveyStrings('sq').pagePrevText).toBe('Mbrapa');
  expect(plainSurveyStrings('ku')).toEqual(plainSurveyStrings('en'));
  expect(plainSurveyStrings('en').pageNextText).toBe('Next');
});
