import { useState } from 'react';
import { useClientDocument, type ClientDocumentDetail } from '@/features/documents/api/get-client-document';
import { useSignWaiver } from '@/features/documents/api/sign-waiver';
import { categoryLabel, fileKind, formatSize } from '@/features/documents/components/labels';
import { Button, buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Checkbox, InputField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { formatDateTime } from '@/lib/format';

/** One shared document on the client's phone: open or download it; a waiver is signed here. */
export function PortalDocumentView({ clientId, documentId, fullName, timeZone }: { clientId: number; documentId: number; fullName: string; timeZone?: string }) {
  const document = useClientDocument(clientId, documentId);
  if (document.isPending) return <Spinner />;
  if (document.isError) return <ErrorState error={document.error} onRetry={() => document.refetch()} />;
  const item = document.data;
  const version = item.current_version;
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{item.title}</h1>
        <p className="text-sm text-muted">{`${categoryLabel(item.category)} · version ${version.number} · ${fileKind(version.content_type)}, ${formatSize(version.size_bytes)}`}</p>
      </div>
      {item.description ? <p className="whitespace-pre-line">{item.description}</p> : null}
      {version.content_type.startsWith('image/') ? <img src={item.view_url} alt={item.title} className="max-h-[70vh] w-full rounded-xl border border-border object-contain" /> : null}
      <div className="grid grid-cols-2 gap-2">
        <a className={buttonClass('secondary')} href={item.view_url} target="_blank" rel="noreferrer">
          Open
        </a>
        <a className={buttonClass('secondary')} href={item.download_url}>
          Download
        </a>
      </div>
      {item.category === 'waiver' ? <WaiverPanel item={item} clientId={clientId} fullName={fullName} timeZone={timeZone} /> : null}
    </div>
  );
}

function WaiverPanel({ item, clientId, fullName, timeZone }: { item: ClientDocumentDetail; clientId: number; fullName: string; timeZone?: string }) {
  const signature = item.signature;
  if (item.signature_status === 'signed' && signature) {
    return (
      <Card className="border-success" role="status">
        <p className="font-semibold text-success">{`Signed by ${signature.typed_name} on ${formatDateTime(signature.signed_at, timeZone)} (version ${signature.version_number})`}</p>
        <p className="mt-1 break-all text-xs text-muted">{`Fingerprint of the signed file (SHA-256): ${signature.sha256}`}</p>
      </Card>
    );
  }
  return (
    <Card>
      <h2 className="text-lg font-bold">Sign this waiver</h2>
      {item.signature_status === 'outdated' && signature ? (
        <p className="mt-1 text-sm">{`You signed version ${signature.version_number} on ${formatDateTime(signature.signed_at, timeZone)}. The studio has updated it to version ${item.current_version.number}: please read it and sign again.`}</p>
      ) : (
        <p className="mt-1 text-sm text-muted">Read the waiver first (Open, above). Then type your full name and tick the box.</p>
      )}
      <SignForm clientId={clientId} documentId={item.id} fullName={fullName} />
    </Card>
  );
}

function SignForm({ clientId, documentId, fullName }: { clientId: number; documentId: number; fullName: string }) {
  const toast = useToast();
  const sign = useSignWaiver();
  const [name, setName] = useState('');
  const [consent, setConsent] = useState(false);
  return (
    <form
      className="mt-3 flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        sign.mutate({ clientId, documentId, typedName: name, consent }, { onSuccess: (signed) => toast.success(`Signed version ${signed.version_number}. Thank you.`) });
      }}
    >
      <InputField label="Your full name" autoComplete="name" placeholder={fullName} value={name} onChange={(event) => setName(event.target.value)} required maxLength={200} />
      <Checkbox label="I have read this waiver and agree to it." checked={consent} onChange={(event) => setConsent(event.target.checked)} />
      <FormAlert message={sign.error?.message} />
      <Button type="submit" loading={sign.isPending} disabled={!name.trim() || !consent} className="w-full">
        Sign
      </Button>
    </form>
  );
}
