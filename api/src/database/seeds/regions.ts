/**
 * Hyvinvointialueet: the 21 wellbeing services counties and the City of Helsinki, which
 * organises these services itself. Codes as in Statistics Finland's classification.
 */
export interface RegionSeed {
  code: string;
  fi: string;
  sv: string;
  en: string;
}

export const REGIONS: RegionSeed[] = [
  { code: '01', fi: 'Itä-Uudenmaan hyvinvointialue', sv: 'Östra Nylands välfärdsområde', en: 'Wellbeing services county of East Uusimaa' },
  { code: '02', fi: 'Keski-Uudenmaan hyvinvointialue', sv: 'Mellersta Nylands välfärdsområde', en: 'Wellbeing services county of Central Uusimaa' },
  { code: '03', fi: 'Länsi-Uudenmaan hyvinvointialue', sv: 'Västra Nylands välfärdsområde', en: 'Wellbeing services county of West Uusimaa' },
  { code: '04', fi: 'Vantaan ja Keravan hyvinvointialue', sv: 'Vanda och Kervo välfärdsområde', en: 'Wellbeing services county of Vantaa and Kerava' },
  { code: '05', fi: 'Varsinais-Suomen hyvinvointialue', sv: 'Egentliga Finlands välfärdsområde', en: 'Wellbeing services county of Southwest Finland' },
  { code: '06', fi: 'Satakunnan hyvinvointialue', sv: 'Satakunta välfärdsområde', en: 'Wellbeing services county of Satakunta' },
  { code: '07', fi: 'Kanta-Hämeen hyvinvointialue', sv: 'Egentliga Tavastlands välfärdsområde', en: 'Wellbeing services county of Kanta-Häme' },
  { code: '08', fi: 'Pirkanmaan hyvinvointialue', sv: 'Birkalands välfärdsområde', en: 'Wellbeing services county of Pirkanmaa' },
  { code: '09', fi: 'Päijät-Hämeen hyvinvointialue', sv: 'Päijänne-Tavastlands välfärdsområde', en: 'Wellbeing services county of Päijät-Häme' },
  { code: '10', fi: 'Kymenlaakson hyvinvointialue', sv: 'Kymmenedalens välfärdsområde', en: 'Wellbeing services county of Kymenlaakso' },
  { code: '11', fi: 'Etelä-Karjalan hyvinvointialue', sv: 'Södra Karelens välfärdsområde', en: 'Wellbeing services county of South Karelia' },
  { code: '12', fi: 'Etelä-Savon hyvinvointialue', sv: 'Södra Savolax välfärdsområde', en: 'Wellbeing services county of South Savo' },
  { code: '13', fi: 'Pohjois-Savon hyvinvointialue', sv: 'Norra Savolax välfärdsområde', en: 'Wellbeing services county of North Savo' },
  { code: '14', fi: 'Pohjois-Karjalan hyvinvointialue', sv: 'Norra Karelens välfärdsområde', en: 'Wellbeing services county of North Karelia' },
  { code: '15', fi: 'Keski-Suomen hyvinvointialue', sv: 'Mellersta Finlands välfärdsområde', en: 'Wellbeing services county of Central Finland' },
  { code: '16', fi: 'Etelä-Pohjanmaan hyvinvointialue', sv: 'Södra Österbottens välfärdsområde', en: 'Wellbeing services county of South Ostrobothnia' },
  { code: '17', fi: 'Pohjanmaan hyvinvointialue', sv: 'Österbottens välfärdsområde', en: 'Wellbeing services county of Ostrobothnia' },
  { code: '18', fi: 'Keski-Pohjanmaan hyvinvointialue', sv: 'Mellersta Österbottens välfärdsområde', en: 'Wellbeing services county of Central Ostrobothnia' },
  { code: '19', fi: 'Pohjois-Pohjanmaan hyvinvointialue', sv: 'Norra Österbottens välfärdsområde', en: 'Wellbeing services county of North Ostrobothnia' },
  { code: '20', fi: 'Kainuun hyvinvointialue', sv: 'Kajanalands välfärdsområde', en: 'Wellbeing services county of Kainuu' },
  { code: '21', fi: 'Lapin hyvinvointialue', sv: 'Lapplands välfärdsområde', en: 'Wellbeing services county of Lapland' },
  { code: '90', fi: 'Helsingin kaupunki', sv: 'Helsingfors stad', en: 'City of Helsinki' },
];
