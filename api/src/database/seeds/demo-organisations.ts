import { OrganisationType } from '../../organisations/organisation.entity';

/**
 * Demo network: the Vantaa–Kerava family-centre meeting places (region 04) with its four
 * service areas, and a few places in Pirkanmaa (08) so that comparisons between regions
 * have something to compare. Names and addresses are plausible, not an official register.
 */
export interface ServiceAreaSeed {
  id: string;
  municipalityCode: string;
  fi: string;
  sv: string;
  en: string;
}

export interface MeetingPlaceSeed {
  slug: string;
  fi: string;
  sv?: string;
  en?: string;
  municipalityCode: string;
  serviceAreaId: string | null;
  address: string;
  organisations: string[];
  /** Relative number of demo responses: small places show how small groups are suppressed. */
  size: number;
}

export const DEMO_ORGANISATIONS: { name: string; type: OrganisationType }[] = [
  { name: 'Vantaan ja Keravan hyvinvointialue', type: 'city' },
  { name: 'Vantaan kaupunki, varhaiskasvatus', type: 'city' },
  { name: 'Vantaan kaupunkikirjasto', type: 'city' },
  { name: 'MLL Uusimaa', type: 'ngo' },
  { name: 'Moniperheet ry', type: 'ngo' },
  { name: 'Loisto Setlementti ry', type: 'ngo' },
  { name: 'Vantaan Turvakoti ry', type: 'ngo' },
  { name: 'Vantaan seurakuntayhtymä', type: 'parish' },
  { name: 'Keravan seurakunta', type: 'parish' },
  { name: 'Pirkanmaan hyvinvointialue', type: 'city' },
  { name: 'MLL Hämeen piiri', type: 'ngo' },
  { name: 'Tampereen seurakuntayhtymä', type: 'parish' },
];

export const DEMO_SERVICE_AREAS: ServiceAreaSeed[] = [
  { id: 'vantaa-lantinen', municipalityCode: '092', fi: 'Läntinen palvelualue', sv: 'Västra serviceområdet', en: 'Western service area' },
  { id: 'vantaa-keskinen', municipalityCode: '092', fi: 'Keskinen palvelualue', sv: 'Mellersta serviceområdet', en: 'Central service area' },
  { id: 'vantaa-itainen', municipalityCode: '092', fi: 'Itäinen palvelualue', sv: 'Östra serviceområdet', en: 'Eastern service area' },
  { id: 'kerava-pohjoinen', municipalityCode: '245', fi: 'Pohjoinen palvelualue', sv: 'Norra serviceområdet', en: 'Northern service area' },
  { id: 'tampere-etela', municipalityCode: '837', fi: 'Tampereen eteläinen perhekeskus', sv: 'Tammerfors södra familjecenter', en: 'Tampere south family centre' },
];

const VANTAA_PARTNERS = ['Vantaan ja Keravan hyvinvointialue', 'MLL Uusimaa', 'Vantaan seurakuntayhtymä'];

export const DEMO_MEETING_PLACES: MeetingPlaceSeed[] = [
  {
    slug: 'koivukyla',
    fi: 'Koivukylän perheiden avoin kohtaamispaikka',
    sv: 'Björkby öppna mötesplats för familjer',
    en: 'Koivukylä open meeting place for families',
    municipalityCode: '092',
    serviceAreaId: 'vantaa-itainen',
    address: 'Koivukylän puistotie 2, 01360 Vantaa',
    organisations: [
      ...VANTAA_PARTNERS,
      'Vantaan kaupunki, varhaiskasvatus',
      'Vantaan kaupunkikirjasto',
      'Moniperheet ry',
      'Loisto Setlementti ry',
      'Vantaan Turvakoti ry',
    ],
    size: 10,
  },
  {
    slug: 'hakunila',
    fi: 'Hakunilan perhekohtaamo',
    sv: 'Håkansböle familjemötesplats',
    en: 'Hakunila family meeting place',
    municipalityCode: '092',
    serviceAreaId: 'vantaa-itainen',
    address: 'Hakunilantie 48, 01200 Vantaa',
    organisations: [...VANTAA_PARTNERS, 'Loisto Setlementti ry'],
    size: 5,
  },
  {
    slug: 'tikkurila',
    fi: 'Tikkurilan perhekohtaamo',
    sv: 'Dickursby familjemötesplats',
    en: 'Tikkurila family meeting place',
    municipalityCode: '092',
    serviceAreaId: 'vantaa-keskinen',
    address: 'Kielotie 13, 01300 Vantaa',
    organisations: [...VANTAA_PARTNERS, 'Vantaan kaupunkikirjasto'],
    size: 7,
  },
  {
    slug: 'myyrmaki',
    fi: 'Myyrmäen perheiden kohtaamispaikka',
    sv: 'Myrbacka mötesplats för familjer',
    en: 'Myyrmäki meeting place for families',
    municipalityCode: '092',
    serviceAreaId: 'vantaa-lantinen',
    address: 'Iskoskuja 3, 01600 Vantaa',
    organisations: [...VANTAA_PARTNERS, 'Moniperheet ry'],
    size: 6,
  },
  {
    slug: 'martinlaakso',
    fi: 'Martinlaakson perhekahvila',
    sv: 'Mårtensdal familjecafé',
    en: 'Martinlaakso family café',
    municipalityCode: '092',
    serviceAreaId: 'vantaa-lantinen',
    address: 'Martinlaaksonpolku 4, 01620 Vantaa',
    organisations: ['Vantaan seurakuntayhtymä', 'MLL Uusimaa'],
    // A small new place: many of its cells stay under five answers.
    size: 0.3,
  },
  {
    slug: 'kerava-keskusta',
    fi: 'Keravan perhekeskuksen kohtaamispaikka',
    sv: 'Kervo familjecenters mötesplats',
    en: 'Kerava family centre meeting place',
    municipalityCode: '245',
    serviceAreaId: 'kerava-pohjoinen',
    address: 'Kauppakaari 11, 04200 Kerava',
    organisations: ['Vantaan ja Keravan hyvinvointialue', 'Keravan seurakunta', 'MLL Uusimaa'],
    size: 5,
  },
  {
    slug: 'kerava-savio',
    fi: 'Savion perhekahvila',
    sv: 'Savio familjecafé',
    en: 'Savio family café',
    municipalityCode: '245',
    serviceAreaId: 'kerava-pohjoinen',
    address: 'Juurakkotie 3, 04260 Kerava',
    organisations: ['Keravan seurakunta'],
    size: 1,
  },
  {
    slug: 'hervanta',
    fi: 'Hervannan perheiden olohuone',
    sv: 'Hervanta familjernas vardagsrum',
    en: 'Hervanta family living room',
    municipalityCode: '837',
    serviceAreaId: 'tampere-etela',
    address: 'Insinöörinkatu 38, 33720 Tampere',
    organisations: ['Pirkanmaan hyvinvointialue', 'MLL Hämeen piiri', 'Tampereen seurakuntayhtymä'],
    size: 6,
  },
  {
    slug: 'nokia-perhekahvila',
    fi: 'Nokian perhekahvila',
    en: 'Nokia family café',
    municipalityCode: '536',
    serviceAreaId: null,
    address: 'Härkitie 6, 37100 Nokia',
    organisations: ['Pirkanmaan hyvinvointialue', 'MLL Hämeen piiri'],
    size: 3,
  },
];
