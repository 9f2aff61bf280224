import { useSession } from '../../lib/session';
import { useStaffQuery } from '../../lib/use-staff-query';
import { Loading, LoadFailed } from '../staff/components/form';
import { referenceQueries } from '../staff/reference-data';
import { StaffLayout } from '../staff/staff-layout';
import { useStaffLanguage } from '../staff/strings';
import { ImportForm } from './import-form';
import { importsStrings } from './strings';

// /staff/imports: the registry (admin, region analyst) and paper-form responses (also
// coordinators), from CSV, previewed before they are saved.

export default function ImportsPage() {
  const lang = useStaffLanguage();
  return (
    <StaffLayout title={importsStrings(lang).title} section="imports">
      <Imports lang={lang} />
    </StaffLayout>
  );
}

function Imports({ lang }: { lang: string }) {
  const { me } = useSession();
  const surveys = useStaffQuery(referenceQueries.surveys());
  if (!me) return null;
  if (surveys.isError) return <LoadFailed lang={lang} error={surveys.error} onRetry={() => void surveys.refetch()} />;
  if (!surveys.data) return <Loading lang={lang} />;
  return (
    <>
      <p>{importsStrings(lang).intro}</p>
      <ImportForm lang={lang} capabilities={me.capabilities} surveys={surveys.data} />
    </>
  );
}
