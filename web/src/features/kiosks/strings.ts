import { pick } from '../staff/strings';

// /staff/kiosks in the staff languages.

export type KioskStatus = 'waiting-for-activation' | 'setup-expired' | 'active' | 'revoked';

const fi = {
  title: 'Kioskit',
  intro:
    'Kioski on tabletti kohtaamispaikan ovella: lapset ja aikuiset antavat pikapalautetta kolmella kasvolla. Rekisteröi kioski, avaa asennuslinkki tai skannaa QR-koodi tabletilla, ja tabletti on valmis. Kadonneen tabletin voi irrottaa.',
  place: 'Kohtaamispaikka',
  kiosksOf: (place: string) => `Kioskit: ${place}`,
  caption: (place: string) => `${place}: kioskit`,
  none: 'Tällä paikalla ei ole vielä kioskeja.',
  name: 'Nimi',
  status: 'Tila',
  lastSeen: 'Viimeksi yhteydessä',
  answersToday: 'Vastauksia tänään',
  actions: 'Toiminnot',
  never: 'ei vielä',
  statuses: { 'waiting-for-activation': 'odottaa käyttöönottoa', 'setup-expired': 'asennuskoodi vanhentui', active: 'käytössä', revoked: 'irrotettu' } as Record<KioskStatus, string>,
  revoke: (name: string) => `Irrota kioski ${name}`,
  revokeShort: 'Irrota',
  revokeQuestion: 'Tabletti ei voi enää lähettää vastauksia, ei myöskään niitä, joita se vielä odottaa lähettävänsä.',
  confirmRevoke: 'Kyllä, irrota',
  keep: 'Älä irrota',
  revoked: (name: string) => `Kioski ${name} on irrotettu.`,
  registerHeading: 'Rekisteröi kioski',
  nameHint: 'Esimerkiksi Ovi tai Leikkihuone.',
  pin: 'PIN-koodi',
  pinHint: '4–8 numeroa. Henkilökunta tarvitsee sen poistuakseen kioskitilasta tabletilla.',
  register: 'Rekisteröi',
  registering: 'Tallennetaan…',
  setupHeading: (name: string) => `Ota kioski ${name} käyttöön`,
  setupSteps: 'Avaa tämä linkki tabletilla tai skannaa QR-koodi tabletin kameralla. Koodi toimii kerran ja vanhenee',
  setupCode: 'Asennuskoodi',
  setupLink: 'Asennuslinkki',
  qr: (name: string) => `QR-koodi kioskin ${name} asennuslinkkiin`,
  readOnly: 'Kioskeja hallitsevat paikan koordinaattorit ja alueen analyytikot.',
  noPlaces: 'Sinulla ei ole kohtaamispaikkoja, joiden kioskeja voisit hallita.',
};

export type KiosksStrings = typeof fi;

const sv: KiosksStrings = {
  title: 'Kiosker',
  intro:
    'En kiosk är en surfplatta vid mötesplatsens dörr: barn och vuxna ger snabbrespons med tre ansikten. Registrera kiosken, öppna installationslänken eller skanna QR-koden med surfplattan, och den är klar. En borttappad surfplatta kan kopplas bort.',
  place: 'Mötesplats',
  kiosksOf: (place) => `Kiosker: ${place}`,
  caption: (place) => `${place}: kiosker`,
  none: 'Den här platsen har inga kiosker ännu.',
  name: 'Namn',
  status: 'Status',
  lastSeen: 'Senast i kontakt',
  answersToday: 'Svar i dag',
  actions: 'Åtgärder',
  never: 'inte ännu',
  statuses: { 'waiting-for-activation': 'väntar på att tas i bruk', 'setup-expired': 'installationskoden gick ut', active: 'i bruk', revoked: 'bortkopplad' },
  revoke: (name) => `Koppla bort kiosken ${name}`,
  revokeShort: 'Koppla bort',
  revokeQuestion: 'Surfplattan kan inte längre skicka svar, inte heller de som den ännu väntar på att skicka.',
  confirmRevoke: 'Ja, koppla bort',
  keep: 'Koppla inte bort',
  revoked: (name) => `Kiosken ${name} har kopplats bort.`,
  registerHeading: 'Registrera en kiosk',
  nameHint: 'Till exempel Dörren eller Lekrummet.',
  pin: 'PIN-kod',
  pinHint: '4–8 siffror. Personalen behöver den för att lämna kioskläget på surfplattan.',
  register: 'Registrera',
  registering: 'Sparar…',
  setupHeading: (name) => `Ta kiosken ${name} i bruk`,
  setupSteps: 'Öppna länken på surfplattan eller skanna QR-koden med dess kamera. Koden fungerar en gång och går ut',
  setupCode: 'Installationskod',
  setupLink: 'Installationslänk',
  qr: (name) => `QR-kod till installationslänken för kiosken ${name}`,
  readOnly: 'Kioskerna hanteras av platsens koordinatorer och områdets analytiker.',
  noPlaces: 'Du har inga mötesplatser vars kiosker du kan hantera.',
};

const en: KiosksStrings = {
  title: 'Kiosks',
  intro:
    'A kiosk is a tablet by the meeting place’s door: children and adults give quick feedback with three faces. Register the kiosk, open the setup link or scan the QR code with the tablet, and it is ready. A lost tablet can be disconnected.',
  place: 'Meeting place',
  kiosksOf: (place) => `Kiosks: ${place}`,
  caption: (place) => `${place}: kiosks`,
  none: 'This place has no kiosks yet.',
  name: 'Name',
  status: 'Status',
  lastSeen: 'Last in touch',
  answersToday: 'Answers today',
  actions: 'Actions',
  never: 'not yet',
  statuses: { 'waiting-for-activation': 'waiting to be set up', 'setup-expired': 'setup code expired', active: 'in use', revoked: 'disconnected' },
  revoke: (name) => `Disconnect the kiosk ${name}`,
  revokeShort: 'Disconnect',
  revokeQuestion: 'The tablet can no longer send answers, not even those it is still waiting to send.',
  confirmRevoke: 'Yes, disconnect',
  keep: 'Keep it',
  revoked: (name) => `The kiosk ${name} has been disconnected.`,
  registerHeading: 'Register a kiosk',
  nameHint: 'For example Door or Playroom.',
  pin: 'PIN',
  pinHint: '4–8 digits. Staff need it to leave kiosk mode on the tablet.',
  register: 'Register',
  registering: 'Saving…',
  setupHeading: (name) => `Set up the kiosk ${name}`,
  setupSteps: 'Open this link on the tablet or scan the QR code with its camera. The code works once and expires',
  setupCode: 'Setup code',
  setupLink: 'Setup link',
  qr: (name) => `QR code of the setup link of the kiosk ${name}`,
  readOnly: 'Kiosks are managed by the place’s coordinators and the region’s analysts.',
  noPlaces: 'You have no meeting places whose kiosks you could manage.',
};

export function kiosksStrings(lang: string): KiosksStrings {
  return pick({ fi, sv, en }, lang);
}
