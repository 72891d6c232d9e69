import { useMemo, useState } from 'react';
import { isManager, useMe } from '@/features/auth/api/get-me';
import { useBulkArchiveTrainers } from '@/features/trainers/api/bulk-archive-trainers';
import { useExportTrainers } from '@/features/trainers/api/export-trainers';
import { useTrainerOptions, useTrainers, type Trainer, type TrainerQuery } from '@/features/trainers/api/get-trainers';
import { Badge } from '@/components/ui/badge';
import { Button, ButtonLink } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DataTable, type Column } from '@/components/ui/data-table';
import { FilterSelect, SortSelect } from '@/components/ui/filter-select';
import { ListFooter } from '@/components/ui/list-footer';
import { ListToolbar } from '@/components/ui/list-toolbar';
import { SearchInput } from '@/components/ui/search-input';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api-error';
import { cn } from '@/lib/cn';
import { toQuery } from '@/lib/list-params';
import { formatPhone } from '@/lib/phone';
import { useListParams } from '@/lib/use-list-params';
import { useSelection } from '@/lib/use-selection';

const DEFAULTS = { q: '', specialization: '', status: 'active', sort: 'last_name' };
const FILTERS = ['q', 'specialization', 'status'] as const;
const SORTS = [
  ['last_name', 'Last name A–Z'],
  ['-last_name', 'Last name Z–A'],
  ['first_name', 'First name A–Z'],
  ['-created_at', 'Newest first'],
] as const;

const columns = (country: string | undefined): Column<Trainer>[] => [
  { key: 'name', header: 'Name', cell: (trainer) => trainer.full_name, sortKey: 'last_name', hideOnCard: true },
  { key: 'email', header: 'Email', cell: (trainer) => trainer.email, sortKey: 'email' },
  { key: 'phone', header: 'Phone', cell: (trainer) => formatPhone(trainer.phone, country) },
  {
    key: 'specializations',
    header: 'Specializations',
    cell: (trainer) =>
      trainer.specializations.length ? (
        <span className="flex flex-wrap gap-1">
          {trainer.specializations.map((item) => (
            <Badge key={item}>{item}</Badge>
          ))}
        </span>
      ) : (
        '—'
      ),
  },
  { key: 'clients', header: 'Clients', cell: (trainer) => trainer.client_count, className: 'text-right md:w-20' },
  {
    key: 'status',
    header: 'Status',
    cell: (trainer) => (trainer.archived_at ? <Badge tone="danger">Archived</Badge> : trainer.has_account ? <Badge tone="success">Active</Badge> : <Badge>No login</Badge>),
  },
];

export function TrainersList() {
  const me = useMe().data;
  const country = me?.organization?.country;
  const tableColumns = useMemo(() => columns(country), [country]);
  const { state, update, clear, filtered } = useListParams(DEFAULTS, FILTERS);
  const query = toQuery(state) as TrainerQuery;
  const trainers = useTrainers(query);
  const everyone = useTrainerOptions();
  const exportTrainers = useExportTrainers();
  const toast = useToast();
  const selection = useSelection(JSON.stringify(query));
  const bulkArchive = useBulkArchiveTrainers();
  const [confirmArchive, setConfirmArchive] = useState(false);
  const specializations = [...new Set(everyone.data?.items.flatMap((trainer) => trainer.specializations) ?? [])].sort();

  return (
    <>
      <ListToolbar
        filtered={filtered}
        onClear={clear}
        search={<SearchInput label="Search trainers" placeholder="Name, email or phone" value={state.q} onSearch={(q) => update({ q }, { replace: true })} />}
        filters={
          <>
            <FilterSelect label="Specialization" value={state.specialization} onChange={(specialization) => update({ specialization })}>
              <option value="">Any</option>
              {specializations.map((item) => (
                <option key={item} value={item}>
                  {item}
                </option>
              ))}
            </FilterSelect>
            <FilterSelect label="Status" value={state.status} onChange={(status) => update({ status })}>
              <option value="active">Active</option>
              <option value="archived">Archived</option>
              <option value="all">All</option>
            </FilterSelect>
            <SortSelect value={state.sort} onChange={(sort) => update({ sort })} options={SORTS} />
          </>
        }
        exporting={exportTrainers.isPending}
        onExport={(format) =>
          exportTrainers.mutate({ query, format }, { onSuccess: (name) => toast.success(`Downloaded ${name}.`), onError: (error) => toast.error(errorMessage(error)) })
        }
        bulk={{
          count: selection.selected.size,
          onClearSelection: selection.clear,
          actions: (
            <Button variant="danger" onClick={() => setConfirmArchive(true)}>
              Archive
            </Button>
          ),
        }}
      />
      {trainers.isPending ? (
        <Spinner label="Loading trainers…" />
      ) : trainers.isError ? (
        <ErrorState error={trainers.error} onRetry={() => trainers.refetch()} />
      ) : trainers.data.items.length === 0 ? (
        filtered ? (
          <EmptyState
            title="No trainers match these filters"
            action={
              <Button variant="secondary" onClick={clear}>
                Clear filters
              </Button>
            }
          >
            Try another search, specialization or status.
          </EmptyState>
        ) : (
          <EmptyState title="No trainers yet" action={isManager(me) ? <ButtonLink to={paths.trainerNew.getHref()}>Add a trainer</ButtonLink> : null}>
            Add the coaches who work at the studio, then invite them to sign in: each sees their own clients and calendar.
          </EmptyState>
        )
      ) : (
        <div className={cn(trainers.isPlaceholderData && 'opacity-60 transition-opacity')}>
          <DataTable
            caption="Trainers"
            rows={trainers.data.items}
            columns={tableColumns}
            rowTitle={(trainer) => trainer.full_name}
            rowHref={(trainer) => paths.trainer.getHref(trainer.id)}
            sort={state.sort}
            onSort={(sort) => update({ sort })}
            selection={selection}
          />
          <ListFooter meta={trainers.data.meta} onPage={(page) => update({ page })} onPerPage={(per_page) => update({ per_page })} />
        </div>
      )}
      <ConfirmDialog
        open={confirmArchive}
        title={`Archive ${selection.selected.size} trainer${selection.selected.size === 1 ? '' : 's'}?`}
        confirmLabel="Archive"
        danger
        loading={bulkArchive.isPending}
        onClose={() => setConfirmArchive(false)}
        onConfirm={() =>
          bulkArchive.mutate([...selection.selected], {
            onSuccess: ({ archived, failed }) => {
              if (failed) toast.error(`Archived ${archived}; ${failed} could not be archived.`);
              else toast.success(`Archived ${archived} trainer${archived === 1 ? '' : 's'}.`);
              selection.clear();
              setConfirmArchive(false);
            },
          })
        }
      >
        Their logins stop working and they leave the lists; their history is kept and they can be restored.
      </ConfirmDialog>
    </>
  );
}
