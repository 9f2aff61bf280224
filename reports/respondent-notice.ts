import type { RespondentLanguageCode } from './languages';

/**
 * The texts of a survey's first screen (the privacy notice, Start, and the page chrome around
 * it) in every respondent language. Plain data, shared by the web app (web/src/lib/i18n.ts
 * spreads them into its messages) and the server, which renders the notice into the HTML so
 * that it paints before any script (api/src/web/respondent-prerender.ts): one text, two
 * renderings that cannot drift apart.
 */
export interface RespondentNoticeTexts {
  skipToContent: string;
  languages: string;
  accessibilityStatement: string;
  privacyHeading: string;
  privacyAnonymous: string;
  privacyWhat: (place: string) => string;
  privacyWhy: string;
  privacyWho: string;
  privacyVoluntary: (completeButton: string) => string;
  start: string;
}

export const RESPONDENT_NOTICE_TEXTS: Record<RespondentLanguageCode, RespondentNoticeTexts> = {
  fi: {
    skipToContent: 'Siirry sisältöön',
    languages: 'Kieli',
    accessibilityStatement: 'Saavutettavuusseloste',
    privacyHeading: 'Ennen kuin aloitat',
    privacyAnonymous:
      'Kysely on nimetön. Emme kysy nimeäsi emmekä tallenna IP-osoitetta tai mitään, mikä tunnistaisi laitteesi.',
    privacyWhat: (place) => `Kysymykset koskevat kokemuksiasi tästä kohtaamispaikasta (${place}).`,
    privacyWhy: 'Vastauksilla kehitämme kohtaamispaikan toimintaa yhdessä perheiden kanssa.',
    privacyWho:
      'Kohtaamispaikan henkilökunta ja johtoryhmä sekä hyvinvointialue näkevät yhteenvedot; alle viiden vastaajan tuloksia ei näytetä. Hyvinvointialueen tilastoasiantuntijat voivat käyttää tilastoihin myös yksittäisiä vastauksia, mutta eivät sitä, mitä kirjoitat. Kirjoittamasi vastaukset lukee vain tämän kohtaamispaikan henkilökunta (ja palvelun ylläpitäjät), joten älä kirjoita niihin nimiä.',
    privacyVoluntary:
      (button) =>
      `Vastaaminen on vapaaehtoista, ja voit lopettaa milloin tahansa. Mitään ei lähetetä ennen kuin painat ”${button}”.`,
    start: 'Aloita',
  },
  sv: {
    skipToContent: 'Gå till innehållet',
    languages: 'Språk',
    accessibilityStatement: 'Tillgänglighetsutlåtande',
    privacyHeading: 'Innan du börjar',
    privacyAnonymous:
      'Enkäten är anonym. Vi frågar inte efter ditt namn och sparar varken IP-adress eller något som kan identifiera din enhet.',
    privacyWhat: (place) => `Frågorna gäller dina erfarenheter av den här mötesplatsen (${place}).`,
    privacyWhy: 'Med svaren utvecklar vi mötesplatsen tillsammans med familjerna.',
    privacyWho:
      'Mötesplatsens personal och ledningsgrupp samt välfärdsområdet ser sammanställningar; resultat från färre än fem svarande visas inte. Välfärdsområdets analytiker kan också använda enskilda svar för statistik, men inte det du skriver. Det du skriver läses bara av personalen på den här mötesplatsen (och tjänstens administratörer), så skriv inga namn.',
    privacyVoluntary:
      (button) =>
      `Det är frivilligt att svara och du kan sluta när du vill. Ingenting skickas innan du trycker på ”${button}”.`,
    start: 'Börja',
  },
  en: {
    skipToContent: 'Skip to content',
    languages: 'Language',
    accessibilityStatement: 'Accessibility statement',
    privacyHeading: 'Before you start',
    privacyAnonymous:
      'The survey is anonymous. We do not ask your name, and we do not store your IP address or anything that identifies your device.',
    privacyWhat: (place) => `The questions are about your experiences of this meeting place (${place}).`,
    privacyWhy: 'We use the answers to develop the meeting place together with families.',
    privacyWho:
      'The staff and steering group of the meeting place and the wellbeing region see summaries; results from fewer than five people are not shown. The region’s analysts may also use individual answers for statistics, but never what you write. Written answers are read only by the staff of this meeting place (and the service’s administrators), so please do not write names in them.',
    privacyVoluntary:
      (button) =>
      `Answering is voluntary, and you can stop at any time. Nothing is sent before you press “${button}”.`,
    start: 'Start',
  },
  ar: {
    skipToContent: 'انتقل إلى المحتوى',
    languages: 'اللغة',
    accessibilityStatement: 'بيان إمكانية الوصول',
    privacyHeading: 'قبل أن تبدأ',
    privacyAnonymous:
      'الاستبيان مجهول الهوية. لا نسأل عن اسمك، ولا نحفظ عنوان IP أو أي شيء يدلّ على جهازك.',
    privacyWhat: (place) => `تتعلق الأسئلة بتجربتك في مكان اللقاء هذا (${place}).`,
    privacyWhy: 'نستخدم الإجابات لتطوير مكان اللقاء بالتعاون مع العائلات.',
    privacyWho:
      'يرى موظفو مكان اللقاء ومجموعته التوجيهية ومنطقة الرفاه ملخصات فقط، ولا تُعرض نتائج أقل من خمسة مجيبين. يمكن لمحللي منطقة الرفاه أيضًا استخدام الإجابات الفردية لأغراض إحصائية، ولكن ليس ما تكتبه. لا يقرأ الإجابات المكتوبة إلا موظفو مكان اللقاء هذا (ومسؤولو الخدمة)، لذا يُرجى عدم كتابة أسماء فيها.',
    privacyVoluntary: (button) =>
      `الإجابة اختيارية، ويمكنك التوقف في أي وقت. لا يُرسَل شيء قبل أن تضغط على «${button}».`,
    start: 'ابدأ',
  },
  ru: {
    skipToContent: 'Перейти к содержанию',
    languages: 'Язык',
    accessibilityStatement: 'Заявление о доступности',
    privacyHeading: 'Прежде чем начать',
    privacyAnonymous:
      'Опрос анонимный. Мы не спрашиваем ваше имя и не сохраняем IP-адрес или что-либо, что может идентифицировать ваше устройство.',
    privacyWhat: (place) => `Вопросы касаются вашего опыта в этом месте встреч (${place}).`,
    privacyWhy: 'Ответы помогают нам развивать место встреч вместе с семьями.',
    privacyWho:
      'Сотрудники и руководящая группа места встреч, а также округ благосостояния видят только сводные данные; результаты менее чем пяти участников не показываются. Аналитики округа могут также использовать отдельные ответы для статистики, но никогда то, что вы пишете. Письменные ответы читают только сотрудники этого места встреч (и администраторы сервиса), поэтому не пишите в них имён.',
    privacyVoluntary:
      (button) =>
      `Участие добровольное, вы можете прекратить в любой момент. Ничего не отправляется, пока вы не нажмёте «${button}».`,
    start: 'Начать',
  },
  so: {
    skipToContent: 'U gudub waxa ku jira',
    languages: 'Luqadda',
    accessibilityStatement: 'Bayaanka helitaanka',
    privacyHeading: 'Intaadan bilaabin',
    privacyAnonymous:
      'Sahanku waa qarsoodi. Magacaaga ma weydiinno, mana kaydinno cinwaanka IP-ga ama wax lagu garan karo qalabkaaga.',
    privacyWhat: (place) => `Su'aaluhu waxay ku saabsan yihiin waayo-aragnimadaada goobtan kulanka (${place}).`,
    privacyWhy: 'Jawaabaha waxaan u isticmaalnaa horumarinta goobta kulanka, annaga oo la shaqaynayna qoysaska.',
    privacyWho:
      'Shaqaalaha iyo kooxda hagidda ee goobta kulanka waxay arkaan soo koobid keliya. Natiijooyinka ka yar shan qof lama muujiyo. Jawaabaha qoran waxaa akhriya shaqaalaha goobtan oo keliya, markaa ha ku qorin magacyo.',
    privacyVoluntary: (button) =>
      `Ka jawaabiddu waa ikhtiyaari, waadna joojin kartaa wakhti kasta. Waxba lama diro ilaa aad riixdo “${button}”.`,
    start: 'Bilow',
  },
  et: {
    skipToContent: 'Mine sisu juurde',
    languages: 'Keel',
    accessibilityStatement: 'Ligipääsetavuse teatis',
    privacyHeading: 'Enne kui alustad',
    privacyAnonymous:
      'Küsitlus on anonüümne. Me ei küsi su nime ega salvesta IP-aadressi ega midagi, mis su seadme ära tunneks.',
    privacyWhat: (place) => `Küsimused on sinu kogemuste kohta selles kohtumispaigas (${place}).`,
    privacyWhy: 'Vastuste abil arendame kohtumispaika koos peredega.',
    privacyWho:
      'Kohtumispaiga töötajad ja juhtrühm näevad ainult kokkuvõtteid. Alla viie vastaja tulemusi ei näidata. Kirjutatud vastuseid loevad ainult selle kohtumispaiga töötajad, seega ära kirjuta neisse nimesid.',
    privacyVoluntary: (button) =>
      `Vastamine on vabatahtlik ja võid igal ajal lõpetada. Midagi ei saadeta enne, kui vajutad „${button}”.`,
    start: 'Alusta',
  },
  uk: {
    skipToContent: 'Перейти до змісту',
    languages: 'Мова',
    accessibilityStatement: 'Заява про доступність',
    privacyHeading: 'Перш ніж почати',
    privacyAnonymous:
      'Опитування анонімне. Ми не питаємо вашого імені й не зберігаємо IP-адресу чи щось, за чим можна впізнати ваш пристрій.',
    privacyWhat: (place) => `Питання стосуються вашого досвіду в цьому місці зустрічей (${place}).`,
    privacyWhy: 'Відповіді допомагають нам розвивати місце зустрічей разом із сім’ями.',
    privacyWho:
      'Працівники і керівна група місця зустрічей бачать лише підсумки. Результати менш ніж п’яти людей не показуються. Письмові відповіді читають лише працівники цього місця зустрічей, тому не пишіть у них імен.',
    privacyVoluntary: (button) =>
      `Відповідати добровільно, і ви можете зупинитися будь-коли. Нічого не надсилається, доки ви не натиснете «${button}».`,
    start: 'Почати',
  },
  fa: {
    skipToContent: 'رفتن به محتوا',
    languages: 'زبان',
    accessibilityStatement: 'بیانیه دسترس‌پذیری',
    privacyHeading: 'پیش از شروع',
    privacyAnonymous:
      'نظرسنجی بی‌نام است. نام شما را نمی‌پرسیم و نشانی IP یا هر چیزی را که دستگاه شما را بشناساند ذخیره نمی‌کنیم.',
    privacyWhat: (place) => `سؤال‌ها درباره تجربه شما در این محل دیدار (${place}) است.`,
    privacyWhy: 'با پاسخ‌ها محل دیدار را همراه با خانواده‌ها بهتر می‌کنیم.',
    privacyWho:
      'کارکنان و گروه راهبری محل دیدار فقط خلاصه‌ها را می‌بینند. نتیجه کمتر از پنج نفر نشان داده نمی‌شود. پاسخ‌های نوشتاری را فقط کارکنان همین محل دیدار می‌خوانند، پس در آن‌ها نام ننویسید.',
    privacyVoluntary: (button) =>
      `پاسخ دادن اختیاری است و هر وقت بخواهید می‌توانید دست بکشید. تا روی «${button}» نزنید، چیزی فرستاده نمی‌شود.`,
    start: 'شروع',
  },
  sq: {
    skipToContent: 'Kalo te përmbajtja',
    languages: 'Gjuha',
    accessibilityStatement: 'Deklarata e aksesueshmërisë',
    privacyHeading: 'Para se të fillosh',
    privacyAnonymous:
      'Pyetësori është anonim. Nuk të pyesim për emrin dhe nuk ruajmë adresën IP ose diçka që e njeh pajisjen tënde.',
    privacyWhat: (place) => `Pyetjet kanë të bëjnë me përvojën tënde në këtë vendtakim (${place}).`,
    privacyWhy: 'Me përgjigjet e përmirësojmë vendtakimin së bashku me familjet.',
    privacyWho:
      'Punonjësit dhe grupi drejtues i vendtakimit shohin vetëm përmbledhje. Rezultatet e më pak se pesë personave nuk shfaqen. Përgjigjet e shkruara i lexojnë vetëm punonjësit e këtij vendtakimi, prandaj mos shkruaj emra në to.',
    privacyVoluntary: (button) =>
      `Përgjigjja është me dëshirë dhe mund të ndalosh kur të duash. Asgjë nuk dërgohet para se të shtypësh „${button}”.`,
    start: 'Fillo',
  },
};
