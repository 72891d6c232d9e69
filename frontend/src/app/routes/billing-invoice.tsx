import { useParams } from 'react-router';
import { useCurrentUser } from '@/app/use-current-user';
import { isManager } from '@/features/auth/api/get-me';
import { InvoiceEditor } from '@/features/billing/components/invoice-editor';
import { InvoiceView } from '@/features/billing/components/invoice-view';
import { useInvoice } from '@/features/billing/queries';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { ApiError } from '@/lib/api-error';

/** One invoice or credit note; a draft opens in the editor for owners and admins. */
export default function BillingInvoiceRoute() {
  const me = useCurrentUser();
  const invoiceId = Number(useParams().invoiceId);
  const invoice = useInvoice(invoiceId);
  if (invoice.isPending) return <Spinner label="Loading invoice…" />;
  if (invoice.isError) {
    if (invoice.error instanceof ApiError && invoice.error.status === 404) {
      return (
        <EmptyState title="Invoice not found">
          <p className="mb-3">It may have been deleted as a draft, or it belongs to a client you don't coach.</p>
          <ButtonLink to={paths.clients.getHref()} variant="secondary">
            Back to clients
          </ButtonLink>
        </EmptyState>
      );
    }
    return <ErrorState error={invoice.error} onRetry={() => invoice.refetch()} />;
  }
  const manager = isManager(me);
  const editing = manager && invoice.data.status === 'draft';
  return (
    <>
      <ButtonLink to={paths.client.getHref(invoice.data.client_id)} variant="ghost" className="-ml-3 mb-1">
        ← {invoice.data.client_name}
      </ButtonLink>
      <InvoiceView
        invoice={invoice.data}
        timeZone={me.timezone}
        canManage={manager}
        editDraft={editing ? <InvoiceEditor key={invoice.data.id} client={{ id: invoice.data.client_id, name: invoice.data.client_name }} draft={invoice.data} /> : undefined}
      />
    </>
  );
}
