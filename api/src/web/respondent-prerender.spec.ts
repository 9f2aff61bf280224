import { acceptedLanguages, injectPrerendered, prerenderSurveyPage, surveyPageOf } from './respondent-prerender';

const definition = {
  title: { default: 'Kävijäkysely', sv: 'Besöksenkät', en: 'Visitor survey' },
  pages: [{ elements: [{ type: 'comment', name: 'x', title: { default: 'Kerro', sv: 'Berätta', en: 'Tell' } }] }],
};
const page = { placeName: { fi: 'Koivukylä <perhe>', sv: 'Björkby', en: 'Koivukylä' }, surveyKey: 'visitor-survey', definition };

test('the survey page paths are the router’s', () => {
  expect(surveyPageOf('/s/koivukyla/visitor-survey')).toEqual({ placeSlug: 'koivukyla', surveyKey: 'visitor-survey', version: 'current' });
  expect(surveyPageOf('/s/koivukyla/visitor-survey/v/2/')).toEqual({ placeSlug: 'koivukyla', surveyKey: 'visitor-survey', version: 2 });
  expect(surveyPageOf('/p/koivukyla')).toBeNull();
  expect(surveyPageOf('/s/%E0%A4%A/x')).toBeNull();
});

test('Accept-Language by preference', () => {
  expect(acceptedLanguages('en;q=0.5, sv-FI, fi;q=0.8, *;q=0.1')).toEqual(['sv-FI', 'fi', 'en']);
  expect(acceptedLanguages(undefined)).toEqual([]);
});

test('the notice in the asked language, escaped, with lang and dir for the document', () => {
  const sv = prerenderSurveyPage(page, '/s/koivukyla/visitor-survey', 'sv', [])!;
  expect(sv).toMatchObject({ lang: 'sv', dir: 'ltr', title: 'Besöksenkät – Kohtaamo' });
  expect(sv.html).toContain('<h1 tabindex="-1">Besöksenkät</h1>');
  expect(sv.html).toContain('Björkby');
  expect(sv.html).toContain('<h2>Innan du börjar</h2>');
  const fi = prerenderSurveyPage(page, '/s/koivukyla/visitor-survey', null, ['fi-FI'])!;
  expect(fi.html).toContain('Koivukylä &lt;perhe&gt;');
  const html = injectPrerendered('<html lang="fi"><title>Kohtaamo</title><div id="root"></div>', fi);
  expect(html).toMatch(/^<html lang="fi" dir="ltr"><title>Kävijäkysely – Kohtaamo<\/title><div id="prerendered" data-path="\/s\/koivukyla\/visitor-survey">.*<\/div><div id="root"><\/div>$/);
});

test('no copy when the app would first say the survey lacks the language', () => {
  expect(prerenderSurveyPage(page, '/s/koivukyla/visitor-survey', 'ar', [])).toBeNull();
});
