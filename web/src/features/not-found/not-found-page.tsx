import { MessagePage } from '../../components/page-layout';
import { messages, useLanguage, withLanguage } from '../../lib/i18n';

export function NotFoundPage() {
  const lang = useLanguage();
  const t = messages(lang);
  return (
    <MessagePage
      lang={lang}
      title={t.notFoundTitle}
      text={t.notFoundText}
      action={{ href: withLanguage('/', lang), label: t.goHome }}
    />
  );
}
