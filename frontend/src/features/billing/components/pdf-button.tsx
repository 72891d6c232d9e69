import { useState } from 'react';
import type { Invoice } from '@/features/billing/api';
import { Button } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import { downloadFile } from '@/lib/api-client';
import { errorMessage } from '@/lib/api-error';

/** Downloads an invoice's PDF through the session, under the server's file name. */
export function PdfButton({ invoice, variant = 'secondary' }: { invoice: Pick<Invoice, 'id' | 'number'>; variant?: 'secondary' | 'ghost' }) {
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      variant={variant}
      loading={busy}
      aria-label={`Download ${invoice.number ?? 'invoice'} as PDF`}
      onClick={async () => {
        setBusy(true);
        try {
          await downloadFile(`/api/billing/invoices/${invoice.id}/pdf`, `${invoice.number ?? 'invoice'}.pdf`);
        } catch (error) {
          toast.error(errorMessage(error));
        } finally {
          setBusy(false);
        }
      }}
    >
      PDF
    </Button>
  );
}
