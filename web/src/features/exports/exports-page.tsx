import { useSession } from '../../lib/session';
import { together, useStaffQuery } from '../../lib/use-staff-query';
import { Loading, LoadFailed } from '../staff/components/form';
import { referenceQueries } from '../staff/reference-data';
import { StaffLayout } from '../staff/staff-layout';
import { useStaffLanguage } from '../staff/strings';
import { ExportPicker, type ExportData } from './export-picker';
import { ExportTokens } from './export-tokens';
import { exportsStrings } from './strings';

// /staff/exports: pick an export (a workbook for people, CSV for tools), download it with the session cookie (a plain link), see
// the same URL for token use; admins and region analysts manage export tokens.

export default function ExportsPage() {
  const lang = useStaffLanguage();
  return (
    <StaffLayout title={exportsStrings(lang).title}>
      <Exports lang={lang} />
    </StaffLayout>
  );
}

function Exports({ lang }: { lang: string }) {
  const { me } = useSession();
  const surveys = useStaffQuery(referenceQueries.surveys());
  const places = useStaffQuery(referenceQueries.meetingPlaces());
  const regions = useStaffQuery(referenceQueries.regions());
  const loading = together(surveys, places, regions);
  if (!me) return null;
  if (loading.error) return <LoadFailed lang={lang} error={loading.error} onRetry={loading.retry} />;
  if (!surveys.data || !places.data || !regions.data) return <Loading lang={lang} />;
  const data: ExportData = { surveys: surveys.data, places: places.data, regions: regions.data };
  return (
    <>
      <p>{exportsStrings(lang).intro}</p>
      <ExportPicker lang={lang} me={me} {...data} />
      {me.capabilities.manageExportTokens ? <ExportTokens lang={lang} me={me} regions={data.regions} /> : null}
    </>
  );
}
