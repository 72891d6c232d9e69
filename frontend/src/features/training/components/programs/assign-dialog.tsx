import { useState } from 'react';
import { useClients } from '@/features/clients/api/get-clients';
import { useAssignProgram } from '@/features/training/api/assign-program';
import { WEEKDAYS } from '@/features/training/components/programs/wording';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { InputField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { useToast } from '@/components/ui/toast';
import { ApiError, errorMessage } from '@/lib/api-error';

function todayHere(): string {
  return new Date().toLocaleDateString('en-CA');
}

/** Give a template to one client or many: each gets their own copy, laid out from a start date. */
export function AssignDialog({ templateId, open, onClose }: { templateId: number; open: boolean; onClose: () => void }) {
  const [q, setQ] = useState('');
  const [chosen, setChosen] = useState<Map<number, string>>(new Map());
  const [startDate, setStartDate] = useState(todayHere);
  const [weekdays, setWeekdays] = useState<number[]>([]);
  const [replace, setReplace] = useState(false);
  const clients = useClients({ q: q || undefined, per_page: 20, sort: 'last_name' });
  const assign = useAssignProgram(templateId);
  const toast = useToast();
  const activeConflict = assign.error instanceof ApiError && assign.error.code === 'active_program';

  function toggle(id: number, name: string) {
    const next = new Map(chosen);
    if (next.has(id)) next.delete(id);
    else next.set(id, name);
    setChosen(next);
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    assign.mutate(
      { client_ids: [...chosen.keys()], start_date: startDate, training_weekdays: weekdays.length ? weekdays : null, replace_current: replace },
      {
        onSuccess: (result) => {
          toast.success(`Assigned to ${result.programs.map((program) => program.client_name).join(', ')}.`);
          setChosen(new Map());
          onClose();
        },
      },
    );
  }

  return (
    <Dialog open={open} onClose={onClose} title="Assign to clients">
      <form onSubmit={submit} className="flex flex-col gap-3">
        <InputField label="Find clients" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Name or email" />
        <ul className="max-h-48 overflow-y-auto rounded-lg border border-border" aria-label="Clients">
          {(clients.data?.items ?? []).map((client) => (
            <li key={client.id}>
              <label className="flex min-h-11 items-center gap-3 px-3 hover:bg-surface-muted">
                <input type="checkbox" className="size-5" checked={chosen.has(client.id)} onChange={() => toggle(client.id, client.full_name)} />
                {client.full_name}
              </label>
            </li>
          ))}
        </ul>
        {chosen.size ? <p className="text-sm text-muted">Chosen: {[...chosen.values()].join(', ')}</p> : null}
        <InputField label="Start date" type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} required />
        <fieldset>
          <legend className="text-sm font-medium">Training days</legend>
          <p className="text-xs text-muted">Leave all unticked to spread the program’s days over the week.</p>
          <div className="mt-1 flex flex-wrap gap-1">
            {WEEKDAYS.map((label, i) => (
              <label key={label} className="flex min-h-11 items-center gap-1 rounded-lg border border-border px-2 text-sm">
                <input
                  type="checkbox"
                  checked={weekdays.includes(i + 1)}
                  onChange={() => setWeekdays(weekdays.includes(i + 1) ? weekdays.filter((day) => day !== i + 1) : [...weekdays, i + 1].sort())}
                />
                {label}
              </label>
            ))}
          </div>
        </fieldset>
        <FormAlert message={assign.isError ? errorMessage(assign.error) : undefined} />
        {activeConflict || replace ? (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" className="size-5" checked={replace} onChange={(e) => setReplace(e.target.checked)} />
            End their current program (its workouts from today on that nobody logged are removed)
          </label>
        ) : null}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={assign.isPending} disabled={chosen.size === 0}>
            Assign to {chosen.size || 'no'} client{chosen.size === 1 ? '' : 's'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
