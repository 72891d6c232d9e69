import { useMemo, useState } from 'react';
import { isManager, type Me } from '@/features/auth/api/get-me';
import { useBulkAssign } from '@/features/assignments/api/bulk-assign';
import { useBulkArchiveClients } from '@/features/clients/api/bulk-archive-clients';
import { useBulkRestoreClients } from '@/features/clients/api/bulk-restore-clients';
import { useExportClients } from '@/features/clients/api/export-clients';
import { CLIENT_STATUSES, useClients, type Client, type ClientQuery } from '@/features/clients/api/get-clients';
import { ClientStatusBadge } from '@/features/clients/components/client-status-badge';
import { useTrainerOptions } from '@/features/trainers/api/get-trainers';
import { Button, ButtonLink } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DataTable, type Column } from '@/components/ui/data-table';
import { controlClass } from '@/components/ui/field';
import { FilterSelect, SortSelect } from '@/components/ui/filter-select';
import { ListFooter } from '@/components/ui/list-footer';
import { ExportMenu } from '@/components/ui/export-menu';
import { ListToolbar } from '@/components/ui/list-toolbar';
import { SearchInput } from '@/components/ui/search-input';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api-error';
import { cn } from '@/lib/cn';
import { formatDate, humanize } from '@/lib/format';
import { formatPhone } from '@/lib/phone';
import { toQuery } from '@/lib/list-params';
import { useListParams } from '@/lib/use-list-params';
import { useSelection } from '@/lib/use-selection';

const DEFAULTS = { q: '', status: '', trainer: '', sort: 'last_name' };
const FILTERS = ['q', 'status', 'trainer'] as const;

const SORTS = [
  ['last_name', 'Last name A–Z'],
  ['-last_name', 'Last name Z–A'],
  ['first_name', 'First name A–Z'],
  ['-created_at', 'Newest first'],
  ['created_at', 'Oldest first'],
  ['-start_date', 'Start date, latest'],
  ['status', 'Status'],
] as const;

const columns = (country: string | undefined): Column<Client>[] => [
  { key: 'name', header: 'Name', cell: (client) => client.full_name, sortKey: 'last_name', hideOnCard: true },
  { key: 'email', header: 'Email', cell: (client) => client.email ?? '—', sortKey: 'email', className: 'max-w-56 truncate' },
  { key: 'phone', header: 'Phone', cell: (client) => formatPhone(client.phone, country) },
  { key: 'status', header: 'Status', cell: (client) => <ClientStatusBadge status={client.status} />, sortKey: 'status' },
  { key: 'trainer', header: 'Trainer', cell: (client) => client.primary_trainer?.full_name ?? <span className="text-muted">Unassigned</span> },
  { key: 'start', header: 'Start date', cell: (client) => formatDate(client.start_date), sortKey: 'start_date' },
];

/** The URL's `trainer` filter: a trainer id, or `none` for clients without one. */
function apiQuery(state: ReturnType<typeof useListParams<typeof DEFAULTS>>['state']): ClientQuery {
  const { trainer, ...rest } = toQuery(state);
  const query = rest as ClientQuery;
  if (trainer === 'none') query.unassigned = true;
  else if (trainer) query.trainer_id = Number(trainer);
  return query;
}

export function ClientsList({ me }: { me: Me }) {
  const manager = isManager(me);
  const country = me.organization?.country;
  const tableColumns = useMemo(() => columns(country), [country]);
  const { state, update, clear, filtered } = useListParams(DEFAULTS, FILTERS);
  const query = apiQuery(state);
  const clients = useClients(query);
  const trainers = useTrainerOptions({ enabled: manager });
  const selection = useSelection(JSON.stringify(query));
  const toast = useToast();
  const bulkArchive = useBulkArchiveClients();
  const bulkRestore = useBulkRestoreClients();
  const bulkAssign = useBulkAssign();
  const exportClients = useExportClients();
  const [confirmArchive, setConfirmArchive] = useState(false);
  const [bulkTrainer, setBulkTrainer] = useState('');
  const selectedIds = [...selection.selected];

  // Restore is offered where archived clients are listed; archive where the others are.
  const showsArchived = state.status === 'archived' || state.status === 'all';
  const showsActive = state.status !== 'archived';
  const runExport = (format: 'csv' | 'xlsx', ids?: number[]) =>
    exportClients.mutate(
      { query, ids, format },
      { onSuccess: (name) => toast.success(`Downloaded ${name}.`), onError: (error) => toast.error(errorMessage(error)) },
    );

  return (
    <>
      <ListToolbar
        filtered={filtered}
        onClear={clear}
        search={<SearchInput label="Search clients" placeholder="Name, email or phone" value={state.q} onSearch={(q) => update({ q }, { replace: true })} />}
        filters={
          <>
            <FilterSelect label="Status" value={state.status} onChange={(status) => update({ status })}>
              <option value="">Not archived</option>
              {CLIENT_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {humanize(status)}
                </option>
              ))}
              <option value="all">All, archived too</option>
            </FilterSelect>
            {manager ? (
              <FilterSelect label="Trainer" value={state.trainer} onChange={(trainer) => update({ trainer })}>
                <option value="">Any trainer</option>
                <option value="none">Unassigned</option>
                {trainers.data?.items.map((trainer) => (
                  <option key={trainer.id} value={trainer.id}>
                    {trainer.full_name}
                  </option>
                ))}
              </FilterSelect>
            ) : null}
            <SortSelect value={state.sort} onChange={(sort) => update({ sort })} options={SORTS} />
          </>
        }
        onExport={(format) => runExport(format)}
        exporting={exportClients.isPending && !exportClients.variables?.ids}
        bulk={{
          count: selection.selected.size,
          onClearSelection: selection.clear,
          actions: (
            <>
              {showsActive ? (
                <Button variant="danger" onClick={() => setConfirmArchive(true)}>
                  Archive
                </Button>
              ) : null}
              {showsArchived ? (
                <Button
                  variant="secondary"
                  loading={bulkRestore.isPending}
                  onClick={() =>
                    bulkRestore.mutate(selectedIds, {
                      onSuccess: (result) => {
                        toast.success(`Restored ${result.restored} client${result.restored === 1 ? '' : 's'} to their former status.`);
                        selection.clear();
                      },
                      onError: (error) => toast.error(errorMessage(error)),
                    })
                  }
                >
                  Restore
                </Button>
              ) : null}
              <ExportMenu label="Export selected" onExport={(format) => runExport(format, selectedIds)} pending={exportClients.isPending && !!exportClients.variables?.ids} />
              {manager ? (
                <div className="flex flex-wrap items-center gap-2">
                  <label className="sr-only" htmlFor="bulk-trainer">
                    Trainer to assign
                  </label>
                  <select id="bulk-trainer" className={cn(controlClass, 'w-48')} value={bulkTrainer} onChange={(event) => setBulkTrainer(event.target.value)}>
                    <option value="">Assign to trainer…</option>
                    {trainers.data?.items.map((trainer) => (
                      <option key={trainer.id} value={trainer.id}>
                        {trainer.full_name}
                      </option>
                    ))}
                  </select>
                  <Button
                    variant="secondary"
                    disabled={!bulkTrainer}
                    loading={bulkAssign.isPending}
                    onClick={() =>
                      bulkAssign.mutate(
                        { clientIds: selectedIds, trainerId: Number(bulkTrainer) },
                        {
                          onSuccess: (result) => {
                            toast.success(`Assigned ${result.assigned} client${result.assigned === 1 ? '' : 's'}${result.skipped ? `, ${result.skipped} already had this trainer` : ''}.`);
                            selection.clear();
                            setBulkTrainer('');
                          },
                          onError: (error) => toast.error(errorMessage(error)),
                        },
                      )
                    }
                  >
                    Assign
                  </Button>
                </div>
              ) : null}
            </>
          ),
        }}
      />

      {clients.isPending ? (
        <Spinner label="Loading clients…" />
      ) : clients.isError ? (
        <ErrorState error={clients.error} onRetry={() => clients.refetch()} />
      ) : clients.data.items.length === 0 ? (
        filtered ? (
          <EmptyState
            title="No clients match these filters"
            action={
              <Button variant="secondary" onClick={clear}>
                Clear filters
              </Button>
            }
          >
            {state.status === 'archived' ? 'Nobody is archived.' : 'Try another search, status or trainer.'}
          </EmptyState>
        ) : (
          <EmptyState
            title="No clients yet"
            action={
              <>
                <ButtonLink to={paths.clientNew.getHref()}>Add a client</ButtonLink>
                {manager ? (
                  <ButtonLink to={paths.clientImport.getHref()} variant="secondary">
                    Import from CSV
                  </ButtonLink>
                ) : null}
              </>
            }
          >
            {manager
              ? 'Add the people you coach one by one, or bring them all over from a spreadsheet or another app’s export.'
              : 'Clients you add, or that the studio assigns to you, appear here.'}
          </EmptyState>
        )
      ) : (
        <div className={cn(clients.isPlaceholderData && 'opacity-60 transition-opacity')} aria-busy={clients.isFetching}>
          <DataTable
            caption="Clients"
            rows={clients.data.items}
            columns={tableColumns}
            rowTitle={(client) => client.full_name}
            rowHref={(client) => paths.client.getHref(client.id)}
            sort={state.sort}
            onSort={(sort) => update({ sort })}
            selection={selection}
          />
          <ListFooter meta={clients.data.meta} onPage={(page) => update({ page })} onPerPage={(per_page) => update({ per_page })} />
        </div>
      )}

      <ConfirmDialog
        open={confirmArchive}
        title={`Archive ${selection.selected.size} client${selection.selected.size === 1 ? '' : 's'}?`}
        confirmLabel="Archive"
        danger
        loading={bulkArchive.isPending}
        onClose={() => setConfirmArchive(false)}
        onConfirm={() =>
          bulkArchive.mutate(selectedIds, {
            onSuccess: (result) => {
              toast.success(`Archived ${result.archived} client${result.archived === 1 ? '' : 's'}.`);
              selection.clear();
              setConfirmArchive(false);
            },
            onError: (error) => {
              toast.error(errorMessage(error));
              setConfirmArchive(false);
            },
          })
        }
      >
        They are hidden from lists and their history is kept. You can restore them from the “Archived” filter.
      </ConfirmDialog>
    </>
  );
}
