import { useParams } from 'react-router';
import { useCurrentUser } from '@/app/use-current-user';
import { PortalDocumentView } from '@/features/documents/components/portal-document-view';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/states';
import { paths } from '@/config/paths';

/** One document shared with the client: view, download, and sign it if it is a waiver. */
export default function PortalDocumentRoute() {
  const me = useCurrentUser();
  const documentId = Number(useParams().documentId);
  if (!me.client_id) return <EmptyState title="Your profile is not set up yet">Ask your studio to link your account to your client profile.</EmptyState>;
  return (
    <>
      <ButtonLink to={paths.portalDocuments.getHref()} variant="ghost" className="-ml-3 mb-1">
        ← Documents
      </ButtonLink>
      <PortalDocumentView key={documentId} clientId={me.client_id} documentId={documentId} fullName={`${me.first_name} ${me.last_name}`} timeZone={me.timezone} />
    </>
  );
}
