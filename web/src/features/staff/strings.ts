import { requestedLanguage, useLanguage, withLanguage } from '../../lib/i18n';
import type { StaffRole } from '../../lib/session';

// Staff area chrome in Finnish, Swedish and English (the languages staff work in). Page
// specific strings live next to their pages; these are the shell's and shared ones.

export const staffLanguages = ['fi', 'sv', 'en'] as const;
export type StaffLanguage = (typeof staffLanguages)[number];

/** The staff area's language: ?lang= if it is fi/sv/en, else the browser's, else Finnish. */
export function useStaffLanguage(): StaffLanguage {
  return useLanguage(staffLanguages) as StaffLanguage;
}

/** Picks the strings of `lang` from a {fi, sv, en} table. */
export function pick<T>(table: Record<StaffLanguage, T>, lang: string): T {
  return table[(staffLanguages as readonly string[]).includes(lang) ? (lang as StaffLanguage) : 'en'];
}

const shell = {
  fi: {
    staffArea: 'Henkilöstö',
    mainNav: 'Henkilöstön valikko',
    nav: {
      home: 'Etusivu',
      dashboards: 'Raportit',
      rounds: 'Keruukierrokset',
      evaluations: 'Itse- ja vertaisarviointi',
      kiosks: 'Kioskit',
      exports: 'Vienti',
      imports: 'Tuonti',
      users: 'Käyttäjät',
      places: 'Kohtaamispaikat',
      audit: 'Tapahtumaloki',
      password: 'Vaihda salasana',
    },
    signedInAs: 'Kirjautunut:',
    logOut: 'Kirjaudu ulos',
    loggingOut: 'Kirjaudutaan ulos…',
    loginTitle: 'Kirjaudu sisään',
    loginIntro: 'Kirjaudu henkilöstön tunnuksillasi.',
    email: 'Sähköposti',
    password: 'Salasana',
    logIn: 'Kirjaudu',
    loggingIn: 'Kirjaudutaan…',
    wrongCredentials: 'Sähköposti tai salasana on väärin.',
    tooManyAttempts: 'Liian monta yritystä. Odota hetki ja yritä uudelleen.',
    networkError: 'Palvelimeen ei saatu yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.',
    unexpectedError: 'Jokin meni vikaan. Yritä uudelleen.',
    required: 'Pakollinen tieto puuttuu.',
    passwordTitle: 'Vaihda salasana',
    mustChangeIntro: 'Sinulla on väliaikainen salasana. Valitse oma salasana ennen jatkamista.',
    currentPassword: 'Nykyinen salasana',
    newPassword: 'Uusi salasana',
    newPasswordHint: 'Vähintään 12 merkkiä. Pitkä lause on hyvä salasana.',
    confirmPassword: 'Uusi salasana uudelleen',
    passwordsDiffer: 'Salasanat eivät ole samat.',
    passwordTooShort: 'Salasanassa pitää olla vähintään 12 merkkiä.',
    passwordSameAsOld: 'Uuden salasanan pitää olla eri kuin nykyinen.',
    changePassword: 'Vaihda salasana',
    changingPassword: 'Vaihdetaan…',
    passwordChanged: 'Salasana on vaihdettu.',
    loading: 'Ladataan…',
    loadFailed: 'Tietojen lataaminen epäonnistui.',
    tryAgain: 'Yritä uudelleen',
    forbidden: 'Tunnuksellasi ei ole pääsyä tälle sivulle.',
    skipToContent: 'Siirry sisältöön',
    accessibilityStatement: 'Saavutettavuusseloste',
    errorSummary: 'Korjaa seuraavat kohdat:',
    landingIntro: 'Valitse, mitä haluat tehdä.',
    roles: {
      admin: 'Pääkäyttäjä',
      'region-analyst': 'Alueen analyytikko',
      coordinator: 'Koordinaattori',
      'steering-group': 'Ohjausryhmä',
    } as Record<StaffRole, string>,
    landing: {
      dashboards: 'Mittarit ja palautteet kohtaamispaikoittain ja alueittain.',
      rounds: 'Suunnittele ja päätä kyselyjen keruukierroksia; luvut julkaistaan kierroksen päätyttyä.',
      evaluations: 'Täytä itse- ja vertaisarvioinnit, vertaile niitä ja seuraa kehittämissuunnitelmaa.',
      kiosks: 'Ota käyttöön ja irrota ovella olevia pikapalautetabletteja.',
      exports: 'Lataa CSV-tiedostoja ja hallitse vientitunnuksia.',
      imports: 'Tuo kohtaamispaikkarekisteri tai paperilomakkeiden vastaukset CSV-tiedostona.',
      users: 'Luo tunnuksia, muuta rooleja ja poista tunnuksia käytöstä.',
      places: 'Kohtaamispaikat ja perhekeskuksen palvelualueet.',
      audit: 'Kuka teki mitä ja milloin.',
      password: 'Vaihda oma salasanasi.',
    },
  },
  sv: {
    staffArea: 'Personal',
    mainNav: 'Personalens meny',
    nav: {
      home: 'Start',
      dashboards: 'Rapporter',
      rounds: 'Insamlingsomgångar',
      evaluations: 'Själv- och kollegial utvärdering',
      kiosks: 'Kiosker',
      exports: 'Export',
      imports: 'Import',
      users: 'Användare',
      places: 'Mötesplatser',
      audit: 'Händelselogg',
      password: 'Byt lösenord',
    },
    signedInAs: 'Inloggad:',
    logOut: 'Logga ut',
    loggingOut: 'Loggar ut…',
    loginTitle: 'Logga in',
    loginIntro: 'Logga in med ditt personalkonto.',
    email: 'E-post',
    password: 'Lösenord',
    logIn: 'Logga in',
    loggingIn: 'Loggar in…',
    wrongCredentials: 'Fel e-post eller lösenord.',
    tooManyAttempts: 'För många försök. Vänta en stund och försök igen.',
    networkError: 'Ingen kontakt med servern. Kontrollera nätverket och försök igen.',
    unexpectedError: 'Något gick fel. Försök igen.',
    required: 'Uppgiften är obligatorisk.',
    passwordTitle: 'Byt lösenord',
    mustChangeIntro: 'Du har ett tillfälligt lösenord. Välj ett eget lösenord innan du fortsätter.',
    currentPassword: 'Nuvarande lösenord',
    newPassword: 'Nytt lösenord',
    newPasswordHint: 'Minst 12 tecken. En lång mening är ett bra lösenord.',
    confirmPassword: 'Nytt lösenord igen',
    passwordsDiffer: 'Lösenorden är inte lika.',
    passwordTooShort: 'Lösenordet måste ha minst 12 tecken.',
    passwordSameAsOld: 'Det nya lösenordet måste skilja sig från det nuvarande.',
    changePassword: 'Byt lösenord',
    changingPassword: 'Byter…',
    passwordChanged: 'Lösenordet har bytts.',
    loading: 'Laddar…',
    loadFailed: 'Det gick inte att ladda uppgifterna.',
    tryAgain: 'Försök igen',
    forbidden: 'Ditt konto har inte åtkomst till den här sidan.',
    skipToContent: 'Hoppa till innehållet',
    accessibilityStatement: 'Tillgänglighetsutlåtande',
    errorSummary: 'Rätta följande:',
    landingIntro: 'Välj vad du vill göra.',
    roles: {
      admin: 'Huvudanvändare',
      'region-analyst': 'Områdets analytiker',
      coordinator: 'Koordinator',
      'steering-group': 'Styrgrupp',
    } as Record<StaffRole, string>,
    landing: {
      dashboards: 'Indikatorer och respons per mötesplats och område.',
      rounds: 'Planera och avsluta enkäternas insamlingsomgångar; siffrorna publiceras när omgången slutat.',
      evaluations: 'Fyll i själv- och kollegiala utvärderingar, jämför dem och följ upp utvecklingsplanen.',
      kiosks: 'Ta i bruk och koppla bort surfplattor för snabbrespons vid dörren.',
      exports: 'Ladda ner CSV-filer och hantera exportnycklar.',
      imports: 'Importera mötesplatsregistret eller svar från pappersblanketter som CSV.',
      users: 'Skapa konton, ändra roller och inaktivera konton.',
      places: 'Mötesplatser och familjecentrets serviceområden.',
      audit: 'Vem gjorde vad och när.',
      password: 'Byt ditt eget lösenord.',
    },
  },
  en: {
    staffArea: 'Staff',
    mainNav: 'Staff menu',
    nav: {
      home: 'Start',
      dashboards: 'Dashboards',
      rounds: 'Collection rounds',
      evaluations: 'Self- and peer evaluation',
      kiosks: 'Kiosks',
      exports: 'Exports',
      imports: 'Imports',
      users: 'Users',
      places: 'Places',
      audit: 'Audit log',
      password: 'Change password',
    },
    signedInAs: 'Signed in as',
    logOut: 'Log out',
    loggingOut: 'Logging out…',
    loginTitle: 'Log in',
    loginIntro: 'Log in with your staff account.',
    email: 'Email',
    password: 'Password',
    logIn: 'Log in',
    loggingIn: 'Logging in…',
    wrongCredentials: 'Wrong email or password.',
    tooManyAttempts: 'Too many attempts. Wait a moment and try again.',
    networkError: 'Could not reach the server. Check the connection and try again.',
    unexpectedError: 'Something went wrong. Please try again.',
    required: 'This is required.',
    passwordTitle: 'Change password',
    mustChangeIntro: 'You have a temporary password. Choose your own password before you continue.',
    currentPassword: 'Current password',
    newPassword: 'New password',
    newPasswordHint: 'At least 12 characters. A long sentence makes a good password.',
    confirmPassword: 'New password again',
    passwordsDiffer: 'The passwords are not the same.',
    passwordTooShort: 'The password needs at least 12 characters.',
    passwordSameAsOld: 'The new password must differ from the current one.',
    changePassword: 'Change password',
    changingPassword: 'Changing…',
    passwordChanged: 'Your password has been changed.',
    loading: 'Loading…',
    loadFailed: 'Could not load the data.',
    tryAgain: 'Try again',
    forbidden: 'Your account has no access to this page.',
    skipToContent: 'Skip to content',
    accessibilityStatement: 'Accessibility statement',
    errorSummary: 'Please correct the following:',
    landingIntro: 'Choose what you want to do.',
    roles: {
      admin: 'Administrator',
      'region-analyst': 'Region analyst',
      coordinator: 'Coordinator',
      'steering-group': 'Steering group',
    } as Record<StaffRole, string>,
    landing: {
      dashboards: 'Indicators and feedback by meeting place and area.',
      rounds: 'Plan and close the surveys’ collection rounds; figures are released when a round has ended.',
      evaluations: 'Fill in self- and peer evaluations, compare them and follow up the development plan.',
      kiosks: 'Set up and disconnect the quick-feedback tablets by the door.',
      exports: 'Download CSV files and manage export tokens.',
      imports: 'Import the meeting place registry or paper-form responses as CSV.',
      users: 'Create accounts, change roles and deactivate accounts.',
      places: 'Meeting places and family-centre service areas.',
      audit: 'Who did what, and when.',
      password: 'Change your own password.',
    },
  },
};

export type ShellStrings = (typeof shell)['fi'];

export function shellStrings(lang: string): ShellStrings {
  return pick(shell, lang);
}

/**
 * `path` keeping the language the person chose: ?lang= is carried only when the current URL
 * has one, so ordinary links stay clean.
 */
export function keepLanguage(path: string, currentHref: string): string {
  const lang = requestedLanguage(currentHref);
  return lang ? withLanguage(path, lang) : path;
}
