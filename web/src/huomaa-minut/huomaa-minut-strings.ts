// The adult-assisted Huomaa minut flow's own words, in the adult's interface language (fi, sv,
// en; others fall back to Finnish). The child's questions and choices come from the definition,
// in the child's language.

export type HuomaaMinutStrings = typeof fi;

const fi = {
  title: 'Huomaa minut',
  newChild: 'Uusi lapsi',
  intro: 'Istu lapsen viereen. Valitse lapsen kieli ja ikä, ja anna lapsen vastata kuvilla. Lapsi saa jättää vastaamatta. Älä kirjoita nimiä.',
  childLanguage: 'Lapsen kieli',
  start: 'Aloita',
  ageRequired: 'Valitse lapsen ikä.',
  next: 'Seuraava',
  skip: 'Ohita',
  back: 'Takaisin',
  question: (n: number, of: number) => `Kysymys ${n}/${of}`,
  listen: 'Kuuntele kysymys',
  forAdult: 'Aikuiselle',
  wishHint: 'Kirjoita lapsen toive lapsen omin sanoin. Ei nimiä.',
  save: 'Tallenna ja seuraava lapsi',
  saved: 'Vastaus tallennettu.',
  savedOffline: 'Vastaus odottaa tabletilla ja lähtee, kun verkko toimii.',
  nextChild: 'Seuraava lapsi',
  noAnswers: 'Lapsi ei vastannut mihinkään. Mitään ei tallennettu.',
  refused: 'Vastausta ei otettu vastaan: kierros ei ole auki.',
  waiting: (n: number) => (n === 1 ? '1 vastaus odottaa lähetystä' : `${n} vastausta odottaa lähetystä`),
  end: 'Lopeta',
};

const sv: HuomaaMinutStrings = {
  title: 'Se mig (Huomaa minut)',
  newChild: 'Nytt barn',
  intro: 'Sätt dig bredvid barnet. Välj barnets språk och ålder och låt barnet svara med bilderna. Barnet får låta bli att svara. Skriv inga namn.',
  childLanguage: 'Barnets språk',
  start: 'Börja',
  ageRequired: 'Välj barnets ålder.',
  next: 'Nästa',
  skip: 'Hoppa över',
  back: 'Tillbaka',
  question: (n: number, of: number) => `Fråga ${n}/${of}`,
  listen: 'Lyssna på frågan',
  forAdult: 'Till den vuxna',
  wishHint: 'Skriv ner barnets önskan med barnets egna ord. Inga namn.',
  save: 'Spara och nästa barn',
  saved: 'Svaret har sparats.',
  savedOffline: 'Svaret väntar på surfplattan och skickas när nätet fungerar.',
  nextChild: 'Nästa barn',
  noAnswers: 'Barnet svarade inte på något. Inget sparades.',
  refused: 'Svaret togs inte emot: rundan är inte öppen.',
  waiting: (n: number) => (n === 1 ? '1 svar väntar på att skickas' : `${n} svar väntar på att skickas`),
  end: 'Avsluta',
};

const en: HuomaaMinutStrings = {
  title: 'Notice me (Huomaa minut)',
  newChild: 'A new child',
  intro: 'Sit next to the child. Choose the child’s language and age, and let the child answer with the pictures. The child may choose not to answer. Do not write any names.',
  childLanguage: 'Child’s language',
  start: 'Start',
  ageRequired: 'Choose the child’s age.',
  next: 'Next',
  skip: 'Skip',
  back: 'Back',
  question: (n: number, of: number) => `Question ${n} of ${of}`,
  listen: 'Listen to the question',
  forAdult: 'For the adult',
  wishHint: 'Write down the child’s wish in the child’s own words. No names.',
  save: 'Save and next child',
  saved: 'The answer was saved.',
  savedOffline: 'The answer waits on this tablet and is sent when the network works.',
  nextChild: 'Next child',
  noAnswers: 'The child answered nothing. Nothing was saved.',
  refused: 'The answer was not taken: the round is not open.',
  waiting: (n: number) => (n === 1 ? '1 answer waiting to be sent' : `${n} answers waiting to be sent`),
  end: 'Finish',
};

const STRINGS: Record<string, HuomaaMinutStrings> = { fi, sv, en };

export function huomaaMinutStrings(lang: string): HuomaaMinutStrings {
  return STRINGS[lang] ?? fi;
}
