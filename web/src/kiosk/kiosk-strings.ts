// The kiosk's own words in the three staff languages (the question, the faces and the thank-you
// come from the instant-feedback definition, in every language it has). Families in other
// languages see these in Finnish with the definition's texts in their own.

export type KioskStrings = typeof fi;

const fi = {
  title: 'Pikapalaute',
  languages: 'Kieli',
  thanks: 'Kiitos!',
  notSetUp: 'Tätä tablettia ei ole vielä otettu kioskiksi.',
  notSetUpHelp: 'Kohtaamispaikan työntekijä rekisteröi kioskin henkilökunnan sivuilla (Kioskit) ja avaa tällä tabletilla sen asennuslinkin tai QR-koodin.',
  activating: 'Otetaan kioski käyttöön…',
  setupFailed: 'Asennuskoodi on jo käytetty tai vanhentunut. Rekisteröi kioski uudelleen saadaksesi uuden koodin.',
  setupOffline: 'Kioskin käyttöönotto tarvitsee verkkoyhteyden. Yritä uudelleen, kun yhteys toimii.',
  retry: 'Yritä uudelleen',
  loadFailed: 'Kyselyä ei saatu ladattua. Tarkista verkkoyhteys.',
  revoked: 'Tämä kioski on irrotettu.',
  revokedHelp: 'Kohtaamispaikan henkilökunta on poistanut tämän tabletin käytöstä. Lähettämättä jääneitä vastauksia ei voi enää lähettää.',
  waiting: (n: number) => (n === 1 ? '1 vastaus odottaa lähetystä' : `${n} vastausta odottaa lähetystä`),
  staffCorner: 'Henkilökunnalle: pidä painettuna poistuaksesi kioskitilasta',
  pinPrompt: 'Poistu kioskitilasta: anna PIN-koodi',
  pinLabel: 'PIN-koodi',
  pinWrong: 'Väärä PIN-koodi.',
  confirm: 'Jatka',
  cancel: 'Peruuta',
  exited: 'Kioskitila on suljettu.',
  backToKiosk: 'Palaa kioskitilaan',
  forget: 'Irrota tämä tabletti kioskista',
  forgotten: 'Tabletti ei ole enää kioski. Sen vastaukset on lähetetty tai poistettu.',
  huomaaMinut: 'Huomaa minut -tila (lasten kierros)',
  huomaaMinutFailed: 'Huomaa minut -kyselyä ei saatu ladattua. Tarkista verkkoyhteys.',
};

const sv: KioskStrings = {
  title: 'Snabbrespons',
  languages: 'Språk',
  thanks: 'Tack!',
  notSetUp: 'Den här surfplattan har inte tagits i bruk som kiosk ännu.',
  notSetUpHelp: 'En anställd på mötesplatsen registrerar kiosken på personalsidorna (Kiosker) och öppnar dess installationslänk eller QR-kod på den här surfplattan.',
  activating: 'Kiosken tas i bruk…',
  setupFailed: 'Installationskoden har redan använts eller har gått ut. Registrera kiosken på nytt för att få en ny kod.',
  setupOffline: 'Kiosken behöver en nätverksanslutning för att tas i bruk. Försök igen när anslutningen fungerar.',
  retry: 'Försök igen',
  loadFailed: 'Enkäten kunde inte laddas. Kontrollera nätverksanslutningen.',
  revoked: 'Den här kiosken har kopplats bort.',
  revokedHelp: 'Mötesplatsens personal har tagit den här surfplattan ur bruk. Svar som inte har skickats kan inte längre skickas.',
  waiting: (n) => (n === 1 ? '1 svar väntar på att skickas' : `${n} svar väntar på att skickas`),
  staffCorner: 'För personalen: håll intryckt för att lämna kioskläget',
  pinPrompt: 'Lämna kioskläget: ange PIN-koden',
  pinLabel: 'PIN-kod',
  pinWrong: 'Fel PIN-kod.',
  confirm: 'Fortsätt',
  cancel: 'Avbryt',
  exited: 'Kioskläget är stängt.',
  backToKiosk: 'Tillbaka till kioskläget',
  forget: 'Koppla bort den här surfplattan från kiosken',
  forgotten: 'Surfplattan är inte längre en kiosk. Dess svar har skickats eller raderats.',
  huomaaMinut: 'Läget Huomaa minut (barnens omgång)',
  huomaaMinutFailed: 'Enkäten Huomaa minut kunde inte laddas. Kontrollera nätverksanslutningen.',
};

const en: KioskStrings = {
  title: 'Quick feedback',
  languages: 'Language',
  thanks: 'Thank you!',
  notSetUp: 'This tablet has not been set up as a kiosk yet.',
  notSetUpHelp: 'A member of the meeting place’s staff registers the kiosk in the staff pages (Kiosks) and opens its setup link or QR code on this tablet.',
  activating: 'Setting up the kiosk…',
  setupFailed: 'The setup code has been used or has expired. Register the kiosk again for a new code.',
  setupOffline: 'Setting up the kiosk needs a network connection. Try again when it works.',
  retry: 'Try again',
  loadFailed: 'The survey could not be loaded. Check the network connection.',
  revoked: 'This kiosk has been disconnected.',
  revokedHelp: 'The meeting place’s staff have taken this tablet out of use. Answers not yet sent can no longer be sent.',
  waiting: (n) => (n === 1 ? '1 answer waiting to be sent' : `${n} answers waiting to be sent`),
  staffCorner: 'For staff: press and hold to leave kiosk mode',
  pinPrompt: 'Leave kiosk mode: enter the PIN',
  pinLabel: 'PIN',
  pinWrong: 'Wrong PIN.',
  confirm: 'Continue',
  cancel: 'Cancel',
  exited: 'Kiosk mode is closed.',
  backToKiosk: 'Back to kiosk mode',
  forget: 'Disconnect this tablet from the kiosk',
  forgotten: 'The tablet is no longer a kiosk. Its answers have been sent or deleted.',
  huomaaMinut: 'Huomaa minut mode (the children’s round)',
  huomaaMinutFailed: 'The Huomaa minut survey could not be loaded. Check the network connection.',
};

const TABLES: Record<string, KioskStrings> = { fi, sv, en };

export function kioskStrings(lang: string): KioskStrings {
  return TABLES[lang] ?? fi;
}

/**
 * "Done" on the kiosk's optional follow-up questions, in every language families answer in:
 * it ends the answer with what was given (the faces alone are an answer).
 */
const DONE: Record<string, string> = {
  fi: 'Valmis',
  sv: 'Klar',
  en: 'Done',
  ar: 'تم',
  ru: 'Готово',
  so: 'Waa dhammaatay',
  et: 'Valmis',
  uk: 'Готово',
  fa: 'تمام',
  sq: 'Gati',
};

export const doneWord = (lang: string): string => DONE[lang] ?? DONE.en;
