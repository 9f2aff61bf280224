import type { Problem } from '../../lib/api';

// The API's errors in the staff member's language. The API answers with stable slugs: the
// problem `type` (/problems/<slug>, api/src/common/problem.ts) and a `code` per field error
// (the class-validator constraint in kebab-case, or a code its service names). What is not
// listed here falls back to the server's English text.

type ProblemTexts = {
  /** By problem type slug (without /problems/). */
  types: Record<string, string>;
  /** By field error code. */
  codes: Record<string, string>;
};

// Kept free of the page modules (pure, unit-tested without a browser).
const texts: Record<'fi' | 'sv' | 'en', ProblemTexts> = {
  fi: {
    types: {
      validation: 'Kaikki tiedot eivät kelpaa. Korjaa merkityt kohdat.',
      'out-of-scope': 'Tämä on tunnuksesi alueiden ja kohtaamispaikkojen ulkopuolella.',
      'role-not-allowed': 'Tunnuksellasi ei ole oikeutta tähän.',
      unauthenticated: 'Kirjaudu sisään jatkaaksesi.',
      'session-expired': 'Istunto on päättynyt. Kirjaudu uudelleen.',
      'session-required': 'Kirjaudu salasanallasi tehdäksesi tämän.',
      'email-taken': 'Tällä sähköpostiosoitteella on jo tunnus.',
      'own-account': 'Et voi muuttaa omaa rooliasi tai poistaa omaa tunnustasi käytöstä.',
      'slug-taken': 'Tämä tunnus on jo toisen kohtaamispaikan käytössä.',
      'service-area-id-taken': 'Tämä tunnus on jo toisen palvelualueen käytössä.',
      'round-not-open': 'Vain avoimen tai suunnitellun kierroksen voi päättää.',
      'round-not-closed': 'Vain päättyneen kierroksen voi avata uudelleen.',
      'round-overlaps': 'Samalla kyselyllä on tässä paikassa jo kierros näinä päivinä.',
      'meeting-place-not-found': 'Kohtaamispaikkaa ei löydy.',
      'user-not-found': 'Käyttäjää ei löydy.',
      'round-not-found': 'Kierrosta ei löydy.',
      'service-area-not-found': 'Palvelualuetta ei löydy.',
      'export-token-not-found': 'Vientitunnistetta ei löydy.',
      'too-many-login-attempts': 'Liian monta yritystä. Odota hetki ja yritä uudelleen.',
      'invalid-credentials': 'Sähköposti tai salasana on väärin.',
      'too-large': 'Lähetys on liian suuri.',
      'database-unavailable': 'Palvelu ei ole juuri nyt käytettävissä. Yritä hetken päästä uudelleen.',
      internal: 'Jokin meni vikaan palvelimella. Yritä uudelleen.',
    },
    codes: {
      required: 'Pakollinen tieto puuttuu.',
      'is-not-empty': 'Pakollinen tieto puuttuu.',
      'is-defined': 'Pakollinen tieto puuttuu.',
      'is-email': 'Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.',
      length: 'Teksti on liian lyhyt tai liian pitkä.',
      'max-length': 'Teksti on liian pitkä.',
      'min-length': 'Teksti on liian lyhyt.',
      'too-long': 'Teksti on liian pitkä.',
      matches: 'Tarkista muoto.',
      'is-in': 'Valitse jokin vaihtoehdoista.',
      'whitelist-validation': 'Tätä tietoa ei voi lähettää.',
      'invalid-date': 'Kirjoita päivämäärä muodossa vvvv-kk-pp.',
      'starts-in-past': 'Alkupäivä ei voi olla menneisyydessä.',
      'ends-in-past': 'Loppupäivä ei voi olla menneisyydessä.',
      'ends-before-start': 'Loppupäivä ei voi olla ennen alkupäivää.',
      'place-inactive': 'Kohtaamispaikka ei ole enää käytössä.',
      'region-required': 'Valitse vähintään yksi hyvinvointialue.',
      'regions-not-allowed': 'Tällä roolilla ei ole alueita.',
      'meeting-place-required': 'Valitse vähintään yksi kohtaamispaikka.',
      'meeting-places-not-allowed': 'Tällä roolilla ei ole kohtaamispaikkoja.',
      'unknown-region': 'Tällaista hyvinvointialuetta ei ole.',
      'unknown-meeting-place': 'Tällaista kohtaamispaikkaa ei ole.',
      'unknown-municipality': 'Tällä koodilla ei ole kuntaa.',
      'unknown-service-area': 'Tällaista palvelualuetta ei ole.',
      'service-area-elsewhere': 'Palvelualue on eri kunnassa kuin kohtaamispaikka.',
      'service-area-inactive': 'Palvelualue ei ole enää käytössä.',
      'slug-looks-like-id': 'Tunnus ei saa näyttää tunnisteelta (UUID).',
      'wrong-current-password': 'Nykyinen salasana on väärin.',
      'password-unchanged': 'Uuden salasanan pitää olla eri kuin nykyinen.',
      'due-outside-year': 'Kuukauden pitää olla suunnitelman vuodelta.',
      'invalid-month': 'Kirjoita kuukausi muodossa vvvv-kk.',
      'target-out-of-range': 'Tavoite on mittarin omassa yksikössä: osuus 0–100 %, keskiarvo asteikolla.',
      'duplicate-target': 'Tälle mittarille on jo tavoite.',
      'unknown-indicator': 'Tällaista mittaria ei ole.',
      'date-in-future': 'Päivä kirjataan, kun se on pidetty: päivämäärä ei voi olla tulevaisuudessa.',
      'copy-from-earlier-year': 'Kopioi aiemmalta vuodelta.',
    },
  },
  sv: {
    types: {
      validation: 'Alla uppgifter godtas inte. Rätta de markerade fälten.',
      'out-of-scope': 'Det här ligger utanför de områden och mötesplatser ditt konto omfattar.',
      'role-not-allowed': 'Ditt konto har inte rätt till det här.',
      unauthenticated: 'Logga in för att fortsätta.',
      'session-expired': 'Sessionen har gått ut. Logga in igen.',
      'session-required': 'Logga in med ditt lösenord för att göra det här.',
      'email-taken': 'Det finns redan ett konto med den här e-postadressen.',
      'own-account': 'Du kan inte ändra din egen roll eller inaktivera ditt eget konto.',
      'slug-taken': 'Den här koden används redan av en annan mötesplats.',
      'service-area-id-taken': 'Den här koden används redan av ett annat serviceområde.',
      'round-not-open': 'Bara en öppen eller planerad omgång kan avslutas.',
      'round-not-closed': 'Bara en avslutad omgång kan öppnas igen.',
      'round-overlaps': 'Samma enkät har redan en omgång på den här platsen under de dagarna.',
      'meeting-place-not-found': 'Mötesplatsen hittas inte.',
      'user-not-found': 'Användaren hittas inte.',
      'round-not-found': 'Omgången hittas inte.',
      'service-area-not-found': 'Serviceområdet hittas inte.',
      'export-token-not-found': 'Exportnyckeln hittas inte.',
      'too-many-login-attempts': 'För många försök. Vänta en stund och försök igen.',
      'invalid-credentials': 'Fel e-postadress eller lösenord.',
      'too-large': 'Försändelsen är för stor.',
      'database-unavailable': 'Tjänsten är inte tillgänglig just nu. Försök igen om en stund.',
      internal: 'Något gick fel på servern. Försök igen.',
    },
    codes: {
      required: 'Obligatorisk uppgift saknas.',
      'is-not-empty': 'Obligatorisk uppgift saknas.',
      'is-defined': 'Obligatorisk uppgift saknas.',
      'is-email': 'Skriv e-postadressen i formen namn@exempel.fi.',
      length: 'Texten är för kort eller för lång.',
      'max-length': 'Texten är för lång.',
      'min-length': 'Texten är för kort.',
      'too-long': 'Texten är för lång.',
      matches: 'Kontrollera formatet.',
      'is-in': 'Välj ett av alternativen.',
      'whitelist-validation': 'Den här uppgiften kan inte skickas.',
      'invalid-date': 'Skriv datumet i formen åååå-mm-dd.',
      'starts-in-past': 'Startdagen kan inte ligga i det förflutna.',
      'ends-in-past': 'Slutdagen kan inte ligga i det förflutna.',
      'ends-before-start': 'Slutdagen kan inte vara före startdagen.',
      'place-inactive': 'Mötesplatsen används inte längre.',
      'region-required': 'Välj minst ett välfärdsområde.',
      'regions-not-allowed': 'Den här rollen har inga områden.',
      'meeting-place-required': 'Välj minst en mötesplats.',
      'meeting-places-not-allowed': 'Den här rollen har inga mötesplatser.',
      'unknown-region': 'Det finns inget sådant välfärdsområde.',
      'unknown-meeting-place': 'Det finns ingen sådan mötesplats.',
      'unknown-municipality': 'Det finns ingen kommun med den här koden.',
      'unknown-service-area': 'Det finns inget sådant serviceområde.',
      'service-area-elsewhere': 'Serviceområdet ligger i en annan kommun än mötesplatsen.',
      'service-area-inactive': 'Serviceområdet används inte längre.',
      'slug-looks-like-id': 'Koden får inte se ut som en identifierare (UUID).',
      'wrong-current-password': 'Det nuvarande lösenordet är fel.',
      'password-unchanged': 'Det nya lösenordet måste skilja sig från det nuvarande.',
      'due-outside-year': 'Månaden måste höra till planens år.',
      'invalid-month': 'Skriv månaden som åååå-mm.',
      'target-out-of-range': 'Målet anges i indikatorns egen enhet: en andel 0–100 %, ett medelvärde på skalan.',
      'duplicate-target': 'Den här indikatorn har redan ett mål.',
      'unknown-indicator': 'Det finns ingen sådan indikator.',
      'date-in-future': 'Dagen registreras när den har hållits: datumet kan inte ligga i framtiden.',
      'copy-from-earlier-year': 'Kopiera från ett tidigare år.',
    },
  },
  en: {
    // The server's detail is written in English for people already, and is often more exact.
    types: {},
    codes: {
      required: 'This is required.',
      'is-not-empty': 'This is required.',
      'is-defined': 'This is required.',
      'is-email': 'Enter an email address such as name@example.fi.',
      'starts-in-past': 'The first day cannot be in the past.',
      'ends-in-past': 'The last day cannot be in the past.',
      'ends-before-start': 'The last day cannot be before the first.',
      'region-required': 'Choose at least one wellbeing region.',
      'meeting-place-required': 'Choose at least one meeting place.',
      'wrong-current-password': 'The current password is not correct.',
      'password-unchanged': 'The new password must differ from the current one.',
      'due-outside-year': 'The month must be in the plan’s year.',
      'invalid-month': 'Write the month as yyyy-mm.',
      'target-out-of-range': 'A target is in the indicator’s own unit: a share 0–100 %, a mean on its scale.',
      'duplicate-target': 'This indicator already has a target.',
      'unknown-indicator': 'There is no such indicator.',
      'date-in-future': 'A day is recorded once it has been held: the date cannot be in the future.',
      'copy-from-earlier-year': 'Copy from an earlier year.',
      // The rest: the server's English message is precise enough.
    },
  },
};

const textsIn = (lang: string): ProblemTexts => (lang === 'fi' || lang === 'sv' ? texts[lang] : texts.en);

const slugOf = (problem: Pick<Problem, 'type'>) => (problem.type ?? '').replace(/^\/problems\//, '');

/** The problem's sentence in `lang`, or undefined when it has none there. */
export function problemText(problem: Pick<Problem, 'type'>, lang: string): string | undefined {
  return textsIn(lang).types[slugOf(problem)];
}

/** A field error in `lang`; the server's English message when its code has no text there. */
export function fieldErrorText(error: { code?: string; message: string }, lang: string): string {
  return (error.code ? textsIn(lang).codes[error.code] : undefined) ?? error.message;
}
