import { pick } from '../staff/strings';

// The annual report page (/staff/annual-report): its controls. The report's own words (the
// headings, statuses and verdicts that go on paper) come from reports/annual-report.ts, the
// same table the PDF is written with.

const fi = {
  title: 'Vuosiraportti',
  intro: 'Kohtaamispaikan vuosi ohjausryhmälle yhdellä sivulla: tulosta A4:lle tai lataa PDF. Alueen versiossa alueen kohtaamispaikat ovat rinnakkain.',
  year: 'Vuosi',
  place: 'Kohtaamispaikka',
  region: 'Alue',
  placeReport: 'Kohtaamispaikan vuosiraportti',
  regionReport: 'Alueen vuosiraportti',
  print: 'Tulosta (A4)',
  downloadPdf: (year: number) => `Lataa PDF (${year})`,
  noPlaces: 'Tunnuksellasi ei ole kohtaamispaikkoja, joiden vuosiraportin voisit avata.',
  openReport: (year: string) => `Vuosiraportti ${year} ohjausryhmälle (A4, PDF)`,
};

type AnnualReportStrings = typeof fi;

const sv: AnnualReportStrings = {
  title: 'Årsrapport',
  intro: 'Mötesplatsens år för styrgruppen på en sida: skriv ut på A4 eller ladda ner som PDF. I områdets version står områdets mötesplatser sida vid sida.',
  year: 'År',
  place: 'Mötesplats',
  region: 'Område',
  placeReport: 'Mötesplatsens årsrapport',
  regionReport: 'Områdets årsrapport',
  print: 'Skriv ut (A4)',
  downloadPdf: (year) => `Ladda ner PDF (${year})`,
  noPlaces: 'Ditt konto har inga mötesplatser vars årsrapport du kan öppna.',
  openReport: (year) => `Årsrapport ${year} till styrgruppen (A4, PDF)`,
};

const en: AnnualReportStrings = {
  title: 'Annual report',
  intro: 'A meeting place’s year for its steering group on one page: print it on A4 or download the PDF. The region version puts the region’s places side by side.',
  year: 'Year',
  place: 'Meeting place',
  region: 'Region',
  placeReport: 'Meeting place’s annual report',
  regionReport: 'Region’s annual report',
  print: 'Print (A4)',
  downloadPdf: (year) => `Download PDF (${year})`,
  noPlaces: 'Your account has no meeting places whose annual report you could open.',
  openReport: (year) => `Annual report ${year} for the steering group (A4, PDF)`,
};

export function annualReportStrings(lang: string): AnnualReportStrings {
  return pick({ fi, sv, en }, lang);
}
