import { PasswordForm } from './password-form';
import { StaffLayout } from './staff-layout';
import { shellStrings, useStaffLanguage } from './strings';

/** /staff/password: change the own password. */
export default function StaffPasswordPage() {
  const lang = useStaffLanguage();
  const t = shellStrings(lang);
  return (
    <StaffLayout title={t.passwordTitle}>
      <PasswordForm lang={lang} />
    </StaffLayout>
  );
}
