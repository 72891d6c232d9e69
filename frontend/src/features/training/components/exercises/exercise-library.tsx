import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { isManager, useMe } from '@/features/auth/api/get-me';
import { useArchiveExercise } from '@/features/training/api/archive-exercise';
import { useCreateExercise } from '@/features/training/api/create-exercise';
import { useExercise } from '@/features/training/api/get-exercise';
import { useExercises, type Exercise, type ExerciseQuery } from '@/features/training/api/get-exercises';
import { useUpdateExercise } from '@/features/training/api/update-exercise';
import { ExerciseDetail } from '@/features/training/components/exercises/exercise-detail';
import { ExerciseForm } from '@/features/training/components/exercises/exercise-form';
import {
  CATEGORY_LABELS,
  EQUIPMENT_LABELS,
  LEVEL_LABELS,
  listText,
  MEASUREMENT_LABELS,
  MUSCLE_LABELS,
  options,
  originLabel,
} from '@/features/training/components/exercises/exercise-labels';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { DataTable, type Column } from '@/components/ui/data-table';
import { FilterSelect, SortSelect } from '@/components/ui/filter-select';
import { ListFooter } from '@/components/ui/list-footer';
import { ListToolbar } from '@/components/ui/list-toolbar';
import { SearchInput } from '@/components/ui/search-input';
import { SidePanel } from '@/components/ui/side-panel';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { paths } from '@/config/paths';
import { errorMessage } from '@/lib/api-error';
import { cn } from '@/lib/cn';
import { toQuery } from '@/lib/list-params';
import { useListParams } from '@/lib/use-list-params';

const DEFAULTS = { q: '', muscle: '', equipment: '', category: '', level: '', archived: '', sort: 'name' };
const FILTERS = ['q', 'muscle', 'equipment', 'category', 'level', 'archived'] as const;
const SORTS = [
  ['name', 'Name A–Z'],
  ['-name', 'Name Z–A'],
] as const;
// The side panel's state, beside the list's in the URL: `exercise` is an id or "new", `edit` opens its form.
const PANEL = 'exercise';
const EDIT = 'edit';

const COLUMNS: Column<Exercise>[] = [
  {
    key: 'name',
    header: 'Name',
    sortKey: 'name',
    hideOnCard: true,
    cell: (exercise) => (
      <span className="font-medium">
        {exercise.name}
        {exercise.aliases.length ? <span className="block text-xs font-normal text-muted">{exercise.aliases.join(', ')}</span> : null}
      </span>
    ),
  },
  { key: 'muscles', header: 'Primary muscles', cell: (exercise) => listText(exercise.primary_muscles, MUSCLE_LABELS) },
  { key: 'equipment', header: 'Equipment', cell: (exercise) => listText(exercise.equipment, EQUIPMENT_LABELS) },
  { key: 'category', header: 'Category', cell: (exercise) => CATEGORY_LABELS[exercise.category] },
  { key: 'measurement', header: 'Measured by', cell: (exercise) => MEASUREMENT_LABELS[exercise.measurement] },
  {
    key: 'origin',
    header: 'Library',
    cell: (exercise) => (
      <span className="flex flex-wrap gap-1">
        <Badge tone={exercise.built_in ? 'neutral' : 'primary'}>{originLabel(exercise)}</Badge>
        {exercise.archived_at ? <Badge tone="danger">Archived</Badge> : null}
      </span>
    ),
  },
];

/** The studio's exercise library: search, filters, the list, and one exercise (or its form) in a side panel. */
export function ExerciseLibrary() {
  const me = useMe().data;
  const toast = useToast();
  const [search, setSearch] = useSearchParams();
  const { state, update, clear, filtered } = useListParams(DEFAULTS, FILTERS);
  const query = toQuery(state) as ExerciseQuery;
  const exercises = useExercises(query);

  const panel = search.get(PANEL);
  const editing = search.get(EDIT) === '1';
  const openedId = panel && panel !== 'new' ? Number.parseInt(panel, 10) : null;
  const opened = useExercise(openedId);
  const create = useCreateExercise();
  const edit = useUpdateExercise();
  const archive = useArchiveExercise();

  const href = useMemo(
    () => (changes: Record<string, string | null>) => {
      const next = new URLSearchParams(search);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null) next.delete(key);
        else next.set(key, value);
      }
      const text = next.toString();
      return paths.exercises.getHref(text ? `?${text}` : '');
    },
    [search],
  );
  const showPanel = (id: number | 'new' | null, editMode = false, replace = false) =>
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        if (id === null) next.delete(PANEL);
        else next.set(PANEL, String(id));
        if (editMode) next.set(EDIT, '1');
        else next.delete(EDIT);
        return next;
      },
      { replace },
    );

  const exercise = opened.data;
  const panelTitle = panel === 'new' ? 'New exercise' : editing && exercise ? `Edit ${exercise.name}` : (exercise?.name ?? 'Exercise');

  return (
    <>
      <ListToolbar
        filtered={filtered}
        onClear={clear}
        search={<SearchInput label="Search exercises" placeholder="Name or other name, e.g. RDL" value={state.q} onSearch={(q) => update({ q }, { replace: true })} />}
        filters={
          <>
            <FilterSelect label="Muscle" value={state.muscle} onChange={(muscle) => update({ muscle })}>
              <option value="">Any</option>
              {options(MUSCLE_LABELS).map(([code, label]) => (
                <option key={code} value={code}>
                  {label}
                </option>
              ))}
            </FilterSelect>
            <FilterSelect label="Equipment" value={state.equipment} onChange={(equipment) => update({ equipment })}>
              <option value="">Any</option>
              {options(EQUIPMENT_LABELS).map(([code, label]) => (
                <option key={code} value={code}>
                  {label}
                </option>
              ))}
            </FilterSelect>
            <FilterSelect label="Category" value={state.category} onChange={(category) => update({ category })}>
              <option value="">Any</option>
              {options(CATEGORY_LABELS).map(([code, label]) => (
                <option key={code} value={code}>
                  {label}
                </option>
              ))}
            </FilterSelect>
            <FilterSelect label="Level" value={state.level} onChange={(level) => update({ level })}>
              <option value="">Any</option>
              {options(LEVEL_LABELS).map(([code, label]) => (
                <option key={code} value={code}>
                  {label}
                </option>
              ))}
            </FilterSelect>
            <FilterSelect label="Archived" value={state.archived} onChange={(archived) => update({ archived })}>
              <option value="">Hidden</option>
              <option value="include">Shown too</option>
              <option value="only">Only archived</option>
            </FilterSelect>
            <SortSelect value={state.sort} onChange={(sort) => update({ sort })} options={SORTS} />
          </>
        }
        actions={<Button onClick={() => showPanel('new')}>New exercise</Button>}
      />
      {exercises.isPending ? (
        <Spinner label="Loading exercises…" />
      ) : exercises.isError ? (
        <ErrorState error={exercises.error} onRetry={() => exercises.refetch()} />
      ) : exercises.data.items.length === 0 ? (
        <EmptyState
          title={filtered ? 'No exercises match these filters' : 'The library is empty'}
          action={
            filtered ? (
              <Button variant="secondary" onClick={clear}>
                Clear filters
              </Button>
            ) : (
              <Button onClick={() => showPanel('new')}>Add an exercise</Button>
            )
          }
        >
          {filtered ? 'Try another word, muscle or piece of equipment.' : 'Add your studio’s exercises; the built-in ones appear once the server has been seeded.'}
        </EmptyState>
      ) : (
        <div className={cn(exercises.isPlaceholderData && 'opacity-60 transition-opacity')}>
          <DataTable
            caption="Exercises"
            rows={exercises.data.items}
            columns={COLUMNS}
            rowTitle={(row) => row.name}
            rowHref={(row) => href({ [PANEL]: String(row.id), [EDIT]: null })}
            sort={state.sort}
            onSort={(sort) => update({ sort })}
          />
          <ListFooter meta={exercises.data.meta} onPage={(page) => update({ page })} onPerPage={(per_page) => update({ per_page })} />
        </div>
      )}

      <SidePanel open={panel !== null} onClose={() => showPanel(null)} title={panelTitle}>
        {panel === 'new' ? (
          <ExerciseForm
            submitLabel="Add exercise"
            pending={create.isPending}
            error={create.error}
            onCancel={() => showPanel(null)}
            onSubmit={(input, onError) =>
              create.mutate(input, {
                onSuccess: (created) => {
                  toast.success(`Added ${created.name} to your studio’s library.`);
                  showPanel(created.id, false, true);
                },
                onError,
              })
            }
          />
        ) : opened.isPending ? (
          <Spinner label="Loading the exercise…" />
        ) : opened.isError || !exercise ? (
          <ErrorState error={opened.error} />
        ) : editing ? (
          <ExerciseForm
            key={exercise.id}
            exercise={exercise}
            submitLabel={exercise.built_in ? 'Save as studio copy' : 'Save changes'}
            notice={
              exercise.built_in
                ? 'This is a built-in exercise shared by every studio: saving makes your studio’s own copy, which replaces it in your library. Other studios keep the original.'
                : null
            }
            pending={edit.isPending}
            error={edit.error}
            onCancel={() => showPanel(exercise.id)}
            onSubmit={(input, onError) =>
              edit.mutate(
                { exerciseId: exercise.id, body: input },
                {
                  onSuccess: (changed) => {
                    toast.success(changed.copy_made ? `Saved ${changed.name} as your studio’s own copy.` : `Saved ${changed.name}.`);
                    showPanel(changed.id, false, true);
                  },
                  onError,
                },
              )
            }
          />
        ) : (
          <ExerciseDetail
            exercise={exercise}
            canArchive={isManager(me)}
            archiving={archive.isPending}
            onEdit={() => showPanel(exercise.id, true)}
            onArchive={(restore) =>
              archive.mutate(
                { exerciseId: exercise.id, restore },
                {
                  onSuccess: (changed) => {
                    toast.success(restore ? `Restored ${changed.name}.` : `Archived ${changed.name}; it no longer appears in the library.`);
                    showPanel(changed.id, false, true);
                  },
                  onError: (failure) => toast.error(errorMessage(failure)),
                },
              )
            }
          />
        )}
      </SidePanel>
    </>
  );
}
