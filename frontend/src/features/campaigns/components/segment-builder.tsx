import { useDeferredValue, useState, type FormEvent } from 'react';
import type { Segment, SegmentFilters } from '@/features/campaigns/api/get-segments';
import { useSegmentPreview } from '@/features/campaigns/api/preview-segment';
import { useSaveSegment } from '@/features/campaigns/api/save-segment';
import { useTrainerOptions } from '@/features/trainers/api/get-trainers';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Checkbox, InputField, SelectField } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { useToast } from '@/components/ui/toast';
import { formErrorMessage } from '@/lib/form';

const STATUSES = [
  ['lead', 'Lead'],
  ['active', 'Active'],
  ['paused', 'Paused'],
  ['inactive', 'Inactive'],
  ['archived', 'Archived'],
] as const;

type Form = {
  name: string;
  statuses: string[];
  tagsAny: string;
  tagsAll: string;
  trainerId: string;
  membership: string;
  noSessionInDays: string;
  joinedAfter: string;
  joinedBefore: string;
};

function formOf(segment?: Segment): Form {
  const filters = segment?.filters ?? {};
  return {
    name: segment?.name ?? '',
    statuses: filters.statuses ?? [],
    tagsAny: (filters.tags_any ?? []).join(', '),
    tagsAll: (filters.tags_all ?? []).join(', '),
    trainerId: filters.trainer_id ? String(filters.trainer_id) : '',
    membership: filters.membership ?? '',
    noSessionInDays: filters.no_session_in_days ? String(filters.no_session_in_days) : '',
    joinedAfter: filters.joined_after ?? '',
    joinedBefore: filters.joined_before ?? '',
  };
}

const tags = (text: string) => text.split(',').map((tag) => tag.trim()).filter(Boolean);

function filtersOf(form: Form): SegmentFilters {
  const days = Number(form.noSessionInDays);
  return {
    statuses: form.statuses as SegmentFilters['statuses'],
    tags_any: tags(form.tagsAny),
    tags_all: tags(form.tagsAll),
    trainer_id: form.trainerId ? Number(form.trainerId) : null,
    membership: (form.membership || null) as SegmentFilters['membership'],
    no_session_in_days: Number.isInteger(days) && days > 0 ? days : null,
    joined_after: form.joinedAfter || null,
    joined_before: form.joinedBefore || null,
  };
}

/** The segment builder: filters on the left, how many clients they hold now (and who) on the right. */
export function SegmentBuilder({ segment, onSaved }: { segment?: Segment; onSaved: (segment: Segment) => void }) {
  const [form, setForm] = useState<Form>(() => formOf(segment));
  const filters = useDeferredValue(filtersOf(form));
  const preview = useSegmentPreview(filters);
  const trainers = useTrainerOptions();
  const save = useSaveSegment();
  const toast = useToast();
  const set = (changes: Partial<Form>) => setForm((current) => ({ ...current, ...changes }));

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(
      { id: segment?.id, name: form.name, filters: filtersOf(form) },
      {
        onSuccess: (saved) => {
          toast.success(`Segment “${saved.name}” saved.`);
          onSaved(saved);
        },
      },
    );
  }

  return (
    <form onSubmit={submit} className="grid grid-cols-1 gap-4 lg:grid-cols-2" aria-label="Segment">
      <Card className="flex flex-col gap-4 p-4">
        <InputField label="Name" required value={form.name} onChange={(event) => set({ name: event.target.value })} maxLength={80} />
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-sm font-medium">Status (none ticked: every status but archived)</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-2">
            {STATUSES.map(([value, label]) => (
              <Checkbox
                key={value}
                label={label}
                checked={form.statuses.includes(value)}
                onChange={(event) => set({ statuses: event.target.checked ? [...form.statuses, value] : form.statuses.filter((status) => status !== value) })}
              />
            ))}
          </div>
        </fieldset>
        <InputField label="Has any of these tags" hint="Separate tags with commas." value={form.tagsAny} onChange={(event) => set({ tagsAny: event.target.value })} />
        <InputField label="Has all of these tags" value={form.tagsAll} onChange={(event) => set({ tagsAll: event.target.value })} />
        <SelectField label="Coached by" value={form.trainerId} onChange={(event) => set({ trainerId: event.target.value })}>
          <option value="">Any trainer</option>
          {trainers.data?.items.map((trainer) => (
            <option key={trainer.id} value={trainer.id}>
              {trainer.first_name} {trainer.last_name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Membership" value={form.membership} onChange={(event) => set({ membership: event.target.value })}>
          <option value="">With or without</option>
          <option value="active">Has a current membership</option>
          <option value="none">Has no membership</option>
        </SelectField>
        <InputField
          label="No session in the last … days"
          type="number"
          min={1}
          max={3650}
          inputMode="numeric"
          value={form.noSessionInDays}
          onChange={(event) => set({ noSessionInDays: event.target.value })}
        />
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <InputField label="Started on or after" type="date" value={form.joinedAfter} onChange={(event) => set({ joinedAfter: event.target.value })} />
          <InputField label="Started on or before" type="date" value={form.joinedBefore} onChange={(event) => set({ joinedBefore: event.target.value })} />
        </div>
        <FormAlert message={formErrorMessage(save.error)} />
        <div>
          <Button type="submit" loading={save.isPending}>
            {segment ? 'Save segment' : 'Create segment'}
          </Button>
        </div>
      </Card>
      <Card className="flex flex-col gap-3 p-4" aria-live="polite">
        <h2 className="text-base font-semibold">Who is in it now</h2>
        {preview.data ? (
          <>
            <p className="text-2xl font-semibold" data-testid="segment-count">
              {preview.data.count.toLocaleString()} {preview.data.count === 1 ? 'client' : 'clients'}
            </p>
            <p className="text-sm text-muted">
              {preview.data.summary} {preview.data.reachable.toLocaleString()} of them have an email address.
            </p>
            {preview.data.clients.length ? (
              <ul className="flex flex-col divide-y divide-border text-sm" aria-label="First clients in the segment">
                {preview.data.clients.map((client) => (
                  <li key={client.id} className="flex flex-wrap justify-between gap-2 py-2">
                    <span className="font-medium">{client.name}</span>
                    <span className="break-all text-muted">{client.email ?? 'No email address'}</span>
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        ) : preview.isError ? (
          <p className="text-sm text-danger">{formErrorMessage(preview.error)}</p>
        ) : (
          <p className="text-sm text-muted">Counting…</p>
        )}
      </Card>
    </form>
  );
}
