import { PageLayout } from '../../components/page-layout';
import { messages, useLanguage } from '../../lib/i18n';

export function HomePage() {
  const lang = useLanguage();
  const t = messages(lang);
  return (
    <PageLayout lang={lang} title={t.homeTitle}>
      <div className="card">
        <h1>{t.homeTitle}</h1>
        <p>{t.homeText}</p>
      </div>
    </PageLayout>
  );
}
