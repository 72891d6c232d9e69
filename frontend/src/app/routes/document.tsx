import { useParams } from 'react-router';
import { useCurrentUser } from '@/app/use-current-user';
import { DocumentDetails } from '@/features/documents/components/document-details';

export default function DocumentRoute() {
  const me = useCurrentUser();
  const documentId = Number(useParams().documentId);
  return <DocumentDetails key={documentId} documentId={documentId} timeZone={me.timezone} />;
}
