import { Navigate } from 'react-router';
import { useCurrentUser } from '@/app/use-current-user';
import { isManager } from '@/features/auth/api/get-me';
import { ImportWizard } from '@/features/clients/components/import-wizard';
import { PageHeader } from '@/components/ui/card';
import { paths } from '@/config/paths';

export default function ClientImportRoute() {
  const me = useCurrentUser();
  if (!isManager(me)) return <Navigate to={paths.clients.getHref()} replace />;
  return (
    <>
      <PageHeader title="Import clients" description="Bring your clients over from a spreadsheet or another app’s CSV export." />
      <ImportWizard />
    </>
  );
}
