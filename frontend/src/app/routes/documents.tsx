import { DocumentLibrary } from '@/features/documents/components/document-library';
import { PageHeader } from '@/components/ui/card';

export default function DocumentsRoute() {
  return (
    <>
      <PageHeader title="Documents" description="Workout plans, meal plans, forms and waivers: every version kept, shared with the clients you choose." />
      <DocumentLibrary />
    </>
  );
}
