import { useState } from 'react';
import { useClients } from '@/features/clients/api/get-clients';
import type { DocumentDetail } from '@/features/documents/api/get-document';
import { useShareDocument } from '@/features/documents/api/share-document';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Checkbox } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { SearchInput } from '@/components/ui/search-input';
import { useToast } from '@/components/ui/toast';

/** Choose clients to share a document with (trainers see their own), or share it with every client (managers). */
export function ShareDialog({ document, open, onClose }: { document: DocumentDetail; open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} title={`Share “${document.title}”`}>
      {open ? <ShareForm document={document} onClose={onClose} /> : null}
    </Dialog>
  );
}

function ShareForm({ document, onClose }: { document: DocumentDetail; onClose: () => void }) {
  const toast = useToast();
  const share = useShareDocument();
  const [q, setQ] = useState('');
  const [chosen, setChosen] = useState<Map<number, string>>(new Map());
  const [everyone, setEveryone] = useState(document.shared_with_all);
  const clients = useClients({ q: q || undefined, per_page: 20, sort: 'last_name' });

  const toggle = (id: number, name: string) =>
    setChosen((current) => {
      const next = new Map(current);
      if (next.has(id)) next.delete(id);
      else next.set(id, name);
      return next;
    });

  const submit = async () => {
    try {
      if (document.can_share_with_all && everyone !== document.shared_with_all) {
        await share.mutateAsync({ documentId: document.id, allClients: everyone });
      }
      if (chosen.size) await share.mutateAsync({ documentId: document.id, clientIds: [...chosen.keys()] });
      const names = [...chosen.values()];
      toast.success(
        everyone && !document.shared_with_all
          ? `Shared ${document.title} with every client.`
          : names.length
            ? `Shared ${document.title} with ${names.join(', ')}.`
            : `Sharing of ${document.title} saved.`,
      );
      onClose();
    } catch {
      // The error shows in the form.
    }
  };

  return (
    <div className="flex flex-col gap-3">
      {document.can_share_with_all ? (
        <Checkbox
          label={<span>All clients of the studio, including clients who join later</span>}
          checked={everyone}
          onChange={(event) => setEveryone(event.target.checked)}
        />
      ) : null}
      <SearchInput value={q} onSearch={setQ} label="Find clients" placeholder="Name, email or phone" />
      <ul className="max-h-64 overflow-y-auto rounded-lg border border-border" aria-label="Clients">
        {(clients.data?.items ?? []).map((client) => {
          const name = `${client.first_name} ${client.last_name}`;
          return (
            <li key={client.id} className="border-b border-border px-3 last:border-b-0">
              <Checkbox label={name} checked={chosen.has(client.id)} onChange={() => toggle(client.id, name)} className="w-full" />
            </li>
          );
        })}
        {clients.data && clients.data.items.length === 0 ? <li className="p-3 text-sm text-muted">No clients match.</li> : null}
      </ul>
      {chosen.size ? <p className="text-sm text-muted">{`Chosen: ${[...chosen.values()].join(', ')}`}</p> : null}
      <FormAlert message={share.error?.message} />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button onClick={submit} loading={share.isPending} disabled={!chosen.size && everyone === document.shared_with_all}>
          Share
        </Button>
      </div>
    </div>
  );
}
