import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useCreateThread } from '@/features/messages/api/create-thread';
import { useClients } from '@/features/clients/api/get-clients';
import { useTrainerOptions } from '@/features/trainers/api/get-trainers';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Checkbox, InputField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Spinner } from '@/components/ui/states';
import { ApiError, errorMessage } from '@/lib/api-error';

type Person = { userId: number; name: string; detail: string };

/** Trainers and clients with an account, found by name: the people a group can hold. */
function usePeople(search: string, userId: number): { people: Person[]; loading: boolean } {
  const trainers = useTrainerOptions();
  const clients = useClients({ q: search || undefined, per_page: 50, status: 'active' });
  const people: Person[] = [];
  for (const trainer of trainers.data?.items ?? []) {
    if (trainer.user_id && trainer.user_id !== userId && trainer.full_name.toLowerCase().includes(search.toLowerCase())) people.push({ userId: trainer.user_id, name: trainer.full_name, detail: 'Trainer' });
  }
  for (const client of clients.data?.items ?? []) if (client.user_id) people.push({ userId: client.user_id, name: client.full_name, detail: 'Client' });
  return { people, loading: trainers.isPending || clients.isPending };
}

/** Staff start a group conversation: a title and its members (clients only see groups they are in). */
export function NewGroupDialog({ open, onClose, userId, threadHref }: { open: boolean; onClose: () => void; userId: number; threadHref: (id: number) => string }) {
  const [title, setTitle] = useState('');
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<Map<number, string>>(new Map());
  const create = useCreateThread();
  const navigate = useNavigate();
  const { people, loading } = usePeople(search.trim(), userId);
  const error = create.error instanceof ApiError ? create.error : null;

  function toggle(person: Person, on: boolean) {
    setChosen((current) => {
      const next = new Map(current);
      if (on) next.set(person.userId, person.name);
      else next.delete(person.userId);
      return next;
    });
  }

  return (
    <Dialog open={open} onClose={onClose} title="New group">
      <form
        className="flex flex-col gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate(
            { title: title.trim(), member_user_ids: [...chosen.keys()] },
            {
              onSuccess: (thread) => {
                onClose();
                navigate(threadHref(thread.id));
              },
            },
          );
        }}
      >
        {error && !Object.keys(error.fields).length ? <FormAlert message={errorMessage(error)} /> : null}
        <InputField label="Title" value={title} onChange={(event) => setTitle(event.target.value)} required maxLength={120} error={error?.fieldError('title')} placeholder="Saturday bootcamp" />
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1.5 text-sm font-medium">Members</legend>
          {chosen.size ? <p className="text-sm text-muted">{[...chosen.values()].join(', ')}</p> : null}
          <InputField label="Find people" type="search" value={search} onChange={(event) => setSearch(event.target.value)} placeholder="Name" />
          {error?.fieldError('member_user_ids') ? <p className="text-sm text-danger">{error.fieldError('member_user_ids')}</p> : null}
          <div className="max-h-56 overflow-y-auto rounded-lg border border-border px-3 py-1">
            {loading ? (
              <Spinner label="Loading people…" />
            ) : people.length ? (
              people.map((person) => (
                <Checkbox
                  key={person.userId}
                  className="flex"
                  checked={chosen.has(person.userId)}
                  onChange={(event) => toggle(person, event.target.checked)}
                  label={
                    <span>
                      {person.name} <span className="text-muted">· {person.detail}</span>
                    </span>
                  }
                />
              ))
            ) : (
              <p className="py-3 text-sm text-muted">Nobody with an account matches.</p>
            )}
          </div>
        </fieldset>
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending} disabled={!title.trim() || !chosen.size}>
            Create group
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
