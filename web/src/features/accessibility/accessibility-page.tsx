import { Link } from '../../components/link';
import { PageLayout } from '../../components/page-layout';
import { chromeLanguages, languageName, messages, useLanguage, withLanguage } from '../../lib/i18n';

// Accessibility statement required by the Act on the Provision of Digital Services
// (306/2019, §§ 15–16): compliance status, what is not accessible, how the statement was
// made, a feedback channel and the supervisory authority. Finnish, Swedish and English.
// Update `reviewed` whenever the service is re-assessed.

const FEEDBACK_EMAIL = 'saavutettavuus@kohtaamo.example';
const AUTHORITY_URL = 'https://www.saavutettavuusvaatimukset.fi';
const prepared = '2026-11-25';
const reviewed = '2026-11-25';

const statementLanguages = ['fi', 'sv', 'en'] as const;
type StatementLanguage = (typeof statementLanguages)[number];

type Statement = {
  title: string;
  intro: string;
  statusHeading: string;
  status: string;
  limitationsHeading: string;
  limitations: string[];
  howHeading: string;
  how: string[];
  feedbackHeading: string;
  feedback: string;
  feedbackEmailLabel: string;
  feedbackReply: string;
  authorityHeading: string;
  authority: string;
  authorityLinkText: string;
};

const formatDate = (iso: string, lang: StatementLanguage) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : `${lang}-FI`, { dateStyle: 'long' }).format(
    new Date(`${iso}T12:00:00Z`),
  );

const statements: Record<StatementLanguage, Statement> = {
  fi: {
    title: 'Saavutettavuusseloste',
    intro:
      'Tämä seloste koskee Kohtaamo-palvelun vastaajasivuja: kohtaamispaikkojen sivuja, kyselyitä, kiitossivua ja kyselyjulisteita. Haluamme, että kuka tahansa voi vastata kyselyihin puhelimella, tabletilla tai tietokoneella, myös näppäimistöllä, ruudunlukijalla ja suurennettuna.',
    statusHeading: 'Saavutettavuuden tila',
    status:
      'Palvelu täyttää osittain WCAG 2.1 -ohjeiston A- ja AA-tason vaatimukset. Alla kerrotaan, mitkä asiat eivät vielä ole saavutettavia.',
    limitationsHeading: 'Sisältö, joka ei ole vielä saavutettavaa',
    limitations: [
      'Kaikkia kyselyitä ei ole vielä kaikilla kielillä. Sivujen painikkeet ja ohjeet ovat suomeksi, ruotsiksi, englanniksi, arabiaksi, venäjäksi, somaliksi, viroksi, ukrainaksi, persiaksi ja albaniaksi; kyselyjen kysymykset niillä kielillä, joille kysely on käännetty. Muiden kuin suomen-, ruotsin- ja englanninkielisten tekstien tarkistus äidinkielisillä puhujilla on kesken.',
      'Kyselylomakkeen valmiskomponenttien (SurveyJS) saavutettavuutta on testattu automaattisesti ja näppäimistöllä, mutta ei vielä kaikilla ruudunlukijoilla. Korjaamme löydetyt puutteet.',
      'Tulostettava QR-koodijuliste on tarkoitettu näkeville kävijöille. Sama kyselyn osoite on julisteessa tekstinä, ja kyselyt löytyvät myös kohtaamispaikan sivulta.',
    ],
    howHeading: 'Miten seloste on laadittu',
    how: [
      `Seloste on laadittu ${formatDate(prepared, 'fi')}, ja se on tarkistettu viimeksi ${formatDate(reviewed, 'fi')}.`,
      'Arvio perustuu itsearviointiin: jokainen sivu tarkistetaan automaattisesti (axe) jokaisen muutoksen yhteydessä, ja sivuja on testattu näppäimistöllä, 360 pikselin levyisellä näytöllä ja 200 %:n suurennuksella.',
    ],
    feedbackHeading: 'Palaute ja yhteystiedot',
    feedback:
      'Huomasitko puutteen saavutettavuudessa, tai tarvitsetko sisältöä, joka ei ole saavutettavaa, toisessa muodossa? Kerro meille:',
    feedbackEmailLabel: 'Sähköposti',
    feedbackReply: 'Vastaamme 14 päivän kuluessa.',
    authorityHeading: 'Valvontaviranomainen',
    authority:
      'Jos huomaat palvelussa saavutettavuusongelmia, anna ensin palautetta meille. Jos et ole tyytyväinen vastaukseen tai et saa vastausta kahden viikon kuluessa, voit tehdä ilmoituksen valvontaviranomaiselle. Sivulla kerrotaan, miten ilmoituksen voi tehdä ja miten asia käsitellään.',
    authorityLinkText: 'Saavutettavuusvaatimukset.fi – valvontaviranomaisen sivusto',
  },
  sv: {
    title: 'Tillgänglighetsutlåtande',
    intro:
      'Det här utlåtandet gäller Kohtaamos sidor för svarande: mötesplatsernas sidor, enkäterna, tacksidan och enkätaffischerna. Vi vill att vem som helst ska kunna svara på enkäterna med telefon, surfplatta eller dator, också med tangentbord, skärmläsare och förstoring.',
    statusHeading: 'Tillgänglighetsstatus',
    status:
      'Tjänsten uppfyller delvis kraven på nivå A och AA i WCAG 2.1. Nedan berättar vi vad som ännu inte är tillgängligt.',
    limitationsHeading: 'Innehåll som ännu inte är tillgängligt',
    limitations: [
      'Alla enkäter finns ännu inte på alla språk. Sidornas knappar och anvisningar finns på finska, svenska, engelska, arabiska, ryska, somaliska, estniska, ukrainska, persiska och albanska; enkätfrågorna på de språk som enkäten har översatts till. Texterna på andra språk än finska, svenska och engelska har ännu inte granskats av personer med språket som modersmål.',
      'Tillgängligheten hos de färdiga komponenterna i enkätformuläret (SurveyJS) har testats automatiskt och med tangentbord, men ännu inte med alla skärmläsare. Vi rättar de brister vi hittar.',
      'Den utskrivbara QR-affischen är avsedd för seende besökare. Samma enkätadress finns som text på affischen, och enkäterna finns också på mötesplatsens sida.',
    ],
    howHeading: 'Hur utlåtandet har utarbetats',
    how: [
      `Utlåtandet har utarbetats ${formatDate(prepared, 'sv')} och granskades senast ${formatDate(reviewed, 'sv')}.`,
      'Bedömningen är en självbedömning: varje sida kontrolleras automatiskt (axe) vid varje ändring, och sidorna har testats med tangentbord, på en 360 pixlar bred skärm och med 200 % förstoring.',
    ],
    feedbackHeading: 'Respons och kontaktuppgifter',
    feedback:
      'Har du upptäckt en tillgänglighetsbrist, eller behöver du innehåll som inte är tillgängligt i en annan form? Berätta för oss:',
    feedbackEmailLabel: 'E-post',
    feedbackReply: 'Vi svarar inom 14 dagar.',
    authorityHeading: 'Tillsynsmyndighet',
    authority:
      'Om du upptäcker tillgänglighetsproblem, ge först respons till oss. Om du inte är nöjd med svaret eller inte får något svar inom två veckor kan du anmäla saken till tillsynsmyndigheten. På webbplatsen berättas hur du gör en anmälan och hur ärendet behandlas.',
    authorityLinkText: 'Saavutettavuusvaatimukset.fi – tillsynsmyndighetens webbplats',
  },
  en: {
    title: 'Accessibility statement',
    intro:
      'This statement covers the respondent pages of Kohtaamo: the meeting place pages, the surveys, the thank-you page and the survey posters. We want anyone to be able to answer on a phone, tablet or computer, including with a keyboard, a screen reader and magnification.',
    statusHeading: 'Compliance status',
    status:
      'The service partially meets the level A and AA requirements of WCAG 2.1. The content that is not yet accessible is listed below.',
    limitationsHeading: 'Content that is not yet accessible',
    limitations: [
      'Not every survey is available in every language yet. Page buttons and instructions are in Finnish, Swedish, English, Arabic, Russian, Somali, Estonian, Ukrainian, Persian and Albanian; survey questions are in the languages the survey has been translated into. Texts in languages other than Finnish, Swedish and English have not yet been checked by native speakers.',
      'The ready-made survey form components (SurveyJS) have been tested automatically and with a keyboard, but not yet with every screen reader. We fix the shortcomings we find.',
      'The printable QR code poster is meant for sighted visitors. The same survey address is printed on the poster as text, and the surveys are also listed on the meeting place page.',
    ],
    howHeading: 'How this statement was prepared',
    how: [
      `This statement was prepared on ${formatDate(prepared, 'en')} and last reviewed on ${formatDate(reviewed, 'en')}.`,
      'It is based on a self-assessment: every page is checked automatically (axe) on every change, and the pages have been tested with a keyboard, on a 360-pixel-wide screen and at 200 % zoom.',
    ],
    feedbackHeading: 'Feedback and contact information',
    feedback:
      'Did you notice an accessibility problem, or do you need content that is not accessible in another format? Tell us:',
    feedbackEmailLabel: 'Email',
    feedbackReply: 'We reply within 14 days.',
    authorityHeading: 'Enforcement procedure',
    authority:
      'If you notice accessibility problems, first give feedback to us. If you are not satisfied with the reply or you get no reply within two weeks, you can report it to the supervisory authority. Its website explains how to file a report and how the matter is handled.',
    authorityLinkText: 'Saavutettavuusvaatimukset.fi – the supervisory authority',
  },
};

// A summary in the other respondent languages; the full statement is in fi, sv and en.
type SummaryLanguage = 'ar' | 'ru' | 'so' | 'et' | 'uk' | 'fa' | 'sq';
const summaries: Record<SummaryLanguage, { text: string; feedback: string; full: string }> = {
  ar: {
    text: 'نريد أن يتمكن الجميع من الإجابة عن الاستبيانات بالهاتف أو الجهاز اللوحي أو الحاسوب، وكذلك بلوحة المفاتيح وقارئ الشاشة. تفي الخدمة جزئيًا بمتطلبات WCAG 2.1 على المستويين A وAA.',
    feedback: 'إذا واجهت مشكلة، اكتب لنا:',
    full: 'البيان الكامل:',
  },
  ru: {
    text: 'Мы хотим, чтобы каждый мог отвечать на опросы с телефона, планшета или компьютера, в том числе с клавиатуры и с программой чтения с экрана. Сервис частично соответствует требованиям WCAG 2.1 уровней A и AA.',
    feedback: 'Если что-то не работает, напишите нам:',
    full: 'Полное заявление:',
  },
  so: {
    text: 'Waxaan rabnaa in qof kastaa uga jawaabi karo sahannada taleefan, tablet ama kombiyuutar, sidoo kale kiiboodh iyo akhriye shaashadeed. Adeeggu qayb ahaan wuxuu buuxiyaa shuruudaha WCAG 2.1 heerka A iyo AA.',
    feedback: 'Haddii aad dhib la kulanto, noo qor:',
    full: 'Bayaanka oo dhammaystiran:',
  },
  et: {
    text: 'Soovime, et igaüks saaks küsitlustele vastata telefoni, tahvelarvuti või arvutiga, ka klaviatuuri ja ekraanilugejaga. Teenus vastab osaliselt WCAG 2.1 A- ja AA-taseme nõuetele.',
    feedback: 'Kui miski ei tööta, kirjuta meile:',
    full: 'Täielik teatis:',
  },
  uk: {
    text: 'Ми хочемо, щоб кожен міг відповідати на опитування з телефона, планшета чи комп’ютера, зокрема з клавіатури та з програмою зчитування з екрана. Сервіс частково відповідає вимогам WCAG 2.1 рівнів A і AA.',
    feedback: 'Якщо щось не працює, напишіть нам:',
    full: 'Повна заява:',
  },
  fa: {
    text: 'می‌خواهیم همه بتوانند با تلفن، تبلت یا رایانه، و همچنین با صفحه‌کلید و صفحه‌خوان به نظرسنجی‌ها پاسخ دهند. این خدمت بخشی از الزامات WCAG 2.1 در سطح A و AA را برآورده می‌کند.',
    feedback: 'اگر مشکلی دیدید، برای ما بنویسید:',
    full: 'بیانیه کامل:',
  },
  sq: {
    text: 'Duam që kushdo të mund t’u përgjigjet pyetësorëve me telefon, tablet ose kompjuter, edhe me tastierë dhe lexues ekrani. Shërbimi i plotëson pjesërisht kërkesat e WCAG 2.1 në nivelet A dhe AA.',
    feedback: 'Nëse diçka nuk funksionon, na shkruaj:',
    full: 'Deklarata e plotë:',
  },
};

function StatementSummary({ lang }: { lang: SummaryLanguage }) {
  const summary = summaries[lang];
  const title = messages(lang).accessibilityStatement;
  return (
    <PageLayout lang={lang} languages={chromeLanguages} title={title}>
      <article className="card statement">
        <h1>{title}</h1>
        <p>{summary.text}</p>
        <p>
          {summary.feedback}{' '}
          <a href={`mailto:${FEEDBACK_EMAIL}`} className="statement__email">
            {FEEDBACK_EMAIL}
          </a>
        </p>
        <p>{summary.full}</p>
        <ul>
          {statementLanguages.map((code) => (
            <li key={code}>
              <Link href={withLanguage('/accessibility', code)} lang={code} hrefLang={code}>
                {languageName(code)}
              </Link>
            </li>
          ))}
        </ul>
      </article>
    </PageLayout>
  );
}

export default function AccessibilityPage() {
  const chrome = useLanguage(chromeLanguages);
  const statementLang = useLanguage(statementLanguages) as StatementLanguage;
  if (chrome in summaries) return <StatementSummary lang={chrome as SummaryLanguage} />;
  return <FullStatement lang={statementLang} />;
}

function FullStatement({ lang }: { lang: StatementLanguage }) {
  const s = statements[lang];
  return (
    <PageLayout lang={lang} languages={chromeLanguages} title={s.title}>
      <article className="card statement">
        <h1>{s.title}</h1>
        <p>{s.intro}</p>

        <h2>{s.statusHeading}</h2>
        <p>{s.status}</p>

        <h2>{s.limitationsHeading}</h2>
        <ul>
          {s.limitations.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>

        <h2>{s.howHeading}</h2>
        {s.how.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}

        <h2>{s.feedbackHeading}</h2>
        <p>{s.feedback}</p>
        <p>
          {s.feedbackEmailLabel}:{' '}
          <a href={`mailto:${FEEDBACK_EMAIL}`} className="statement__email">
            {FEEDBACK_EMAIL}
          </a>
        </p>
        <p>{s.feedbackReply}</p>

        <h2>{s.authorityHeading}</h2>
        <p>{s.authority}</p>
        <p>
          <a href={AUTHORITY_URL} rel="noopener">
            {s.authorityLinkText}
          </a>
        </p>
      </article>
    </PageLayout>
  );
}
