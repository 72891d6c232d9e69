import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useState } from 'react';
import type { ExerciseName, ProgramContent, ProgramTemplateDetail } from '@/features/training/api/get-program-template';
import { ExercisePicker, type PickedExercise } from '@/features/training/components/programs/exercise-picker';
import { PrescriptionEditor } from '@/features/training/components/programs/prescription-editor';
import { prescriptionText, type Prescription } from '@/features/training/components/programs/wording';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { controlClass, InputField, SelectField, TextareaField } from '@/components/ui/field';
import { cn } from '@/lib/cn';

type Week = ProgramContent['weeks'][number];
type Day = NonNullable<Week['days']>[number];
type Block = NonNullable<Day['blocks']>[number];

export type Draft = {
  name: string;
  description: string;
  category: string;
  tags: string;
  visibility: 'private' | 'studio';
  content: ProgramContent;
};

const key = () => crypto.randomUUID();

/** A deep copy with fresh keys: a duplicated week or day is a new item, not the same one twice. */
function rekeyed<T>(value: T): T {
  if (Array.isArray(value)) return value.map(rekeyed) as T;
  if (value && typeof value === 'object') {
    const copy = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rekeyed(v)])) as Record<string, unknown>;
    if ('key' in copy) copy.key = key();
    return copy as T;
  }
  return value;
}

const newDay = (n: number): Day => ({ key: key(), name: `Day ${n}`, blocks: [] });

export function draftOf(template: ProgramTemplateDetail | undefined): Draft {
  if (!template) return { name: '', description: '', category: '', tags: '', visibility: 'studio', content: { phases: [], weeks: [{ key: key(), days: [newDay(1)] }] } };
  return {
    name: template.name,
    description: template.description ?? '',
    category: template.category ?? '',
    tags: template.tags.join(', '),
    visibility: template.visibility as Draft['visibility'],
    content: template.content,
  };
}

function SortableBlock({ id, children }: { id: string; children: (handle: React.ReactNode) => React.ReactNode }) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id });
  const handle = (
    <button
      type="button"
      className="inline-flex min-h-11 min-w-11 cursor-grab items-center justify-center rounded-lg text-muted hover:bg-surface-muted"
      aria-label="Drag to reorder (space, then arrow keys)"
      {...attributes}
      {...listeners}
    >
      ⠿
    </button>
  );
  return (
    <li ref={setNodeRef} style={{ transform: CSS.Transform.toString(transform), transition }} className={cn('rounded-lg border border-border bg-surface p-2', isDragging && 'opacity-70 shadow-lg')}>
      {children(handle)}
    </li>
  );
}

type Props = { draft: Draft; onChange: (draft: Draft) => void; names: Map<number, string>; onName: (exercise: ExerciseName | PickedExercise) => void };

/** Weeks → days → blocks → exercises with prescriptions; reorder a day's blocks by drag and drop or keyboard. */
export function ProgramBuilder({ draft, onChange, names, onName }: Props) {
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const [picking, setPicking] = useState<{ week: number; day: number; block?: number } | null>(null);
  const content = draft.content;
  const setContent = (next: ProgramContent) => onChange({ ...draft, content: next });
  const setWeeks = (weeks: Week[]) => setContent({ ...content, weeks });
  const updateWeek = (w: number, patch: Partial<Week>) => setWeeks(content.weeks.map((week, i) => (i === w ? { ...week, ...patch } : week)));
  const updateDay = (w: number, d: number, patch: Partial<Day>) =>
    updateWeek(w, { days: (content.weeks[w].days ?? []).map((day, i) => (i === d ? { ...day, ...patch } : day)) });
  const blocksOf = (w: number, d: number) => content.weeks[w].days?.[d].blocks ?? [];
  const setBlocks = (w: number, d: number, blocks: Block[]) => updateDay(w, d, { blocks });
  const phases = content.phases ?? [];

  function pick(exercise: PickedExercise) {
    if (!picking) return;
    onName(exercise);
    const item = { key: key(), exercise_id: exercise.id, prescription: { sets: 3, reps_min: 8, reps_max: 12, rest_seconds: 90 } as Prescription };
    const blocks = blocksOf(picking.week, picking.day);
    if (picking.block === undefined) setBlocks(picking.week, picking.day, [...blocks, { key: key(), kind: 'single', exercises: [item] }]);
    else
      setBlocks(
        picking.week,
        picking.day,
        blocks.map((block, i) => (i === picking.block ? { ...block, kind: block.kind === 'single' ? 'superset' : block.kind, exercises: [...block.exercises, item] } : block)),
      );
    setPicking(null);
  }

  function onDragEnd(w: number, d: number, event: DragEndEvent) {
    const blocks = blocksOf(w, d);
    const from = blocks.findIndex((block) => block.key === event.active.id);
    const to = blocks.findIndex((block) => block.key === event.over?.id);
    if (from >= 0 && to >= 0 && from !== to) setBlocks(w, d, arrayMove(blocks, from, to));
  }

  return (
    <div className="flex flex-col gap-4">
      <Card>
        <div className="grid gap-3 sm:grid-cols-2">
          <InputField label="Name" value={draft.name} onChange={(e) => onChange({ ...draft, name: e.target.value })} required />
          <InputField label="Category" value={draft.category} onChange={(e) => onChange({ ...draft, category: e.target.value })} placeholder="Strength" />
          <InputField label="Tags" hint="Separated by commas" value={draft.tags} onChange={(e) => onChange({ ...draft, tags: e.target.value })} />
          <SelectField label="Shared with" value={draft.visibility} onChange={(e) => onChange({ ...draft, visibility: e.target.value as Draft['visibility'] })}>
            <option value="studio">Every trainer of the studio</option>
            <option value="private">Only me (and managers)</option>
          </SelectField>
          <TextareaField label="Description" wrapperClassName="sm:col-span-2" value={draft.description} onChange={(e) => onChange({ ...draft, description: e.target.value })} />
        </div>
        <div className="mt-4">
          <h2 className="mb-2 text-sm font-semibold">Phases</h2>
          <ul className="flex flex-col gap-2">
            {phases.map((phase, p) => (
              <li key={phase.key} className="flex flex-wrap items-center gap-2">
                <input aria-label={`Phase ${p + 1} name`} className={cn(controlClass, 'max-w-56')} value={phase.name} onChange={(e) => setContent({ ...content, phases: phases.map((x, i) => (i === p ? { ...x, name: e.target.value } : x)) })} />
                <select aria-label={`Phase ${p + 1} kind`} className={cn(controlClass, 'max-w-48')} value={phase.kind ?? 'other'} onChange={(e) => setContent({ ...content, phases: phases.map((x, i) => (i === p ? { ...x, kind: e.target.value as 'other' } : x)) })}>
                  {['accumulation', 'intensification', 'realization', 'deload', 'other'].map((kind) => (
                    <option key={kind} value={kind}>
                      {kind.charAt(0).toUpperCase() + kind.slice(1)}
                    </option>
                  ))}
                </select>
                <Button variant="ghost" onClick={() => setContent({ phases: phases.filter((_, i) => i !== p), weeks: content.weeks.map((w) => (w.phase_key === phase.key ? { ...w, phase_key: null } : w)) })}>
                  Remove phase
                </Button>
              </li>
            ))}
          </ul>
          <Button variant="secondary" className="mt-2" onClick={() => setContent({ ...content, phases: [...phases, { key: key(), name: `Phase ${phases.length + 1}`, kind: 'accumulation' }] })}>
            Add phase
          </Button>
        </div>
      </Card>

      {content.weeks.map((week, w) => (
        <section key={week.key} aria-label={`Week ${w + 1}`}>
        <Card>
          <div className="mb-3 flex flex-wrap items-center gap-2">
            <h2 className="text-lg font-bold">Week {w + 1}</h2>
            <input aria-label={`Week ${w + 1} name`} placeholder="Name (optional)" className={cn(controlClass, 'max-w-48')} value={week.name ?? ''} onChange={(e) => updateWeek(w, { name: e.target.value || null })} />
            {phases.length ? (
              <select aria-label={`Week ${w + 1} phase`} className={cn(controlClass, 'max-w-48')} value={week.phase_key ?? ''} onChange={(e) => updateWeek(w, { phase_key: e.target.value || null })}>
                <option value="">No phase</option>
                {phases.map((phase) => (
                  <option key={phase.key} value={phase.key}>
                    {phase.name}
                  </option>
                ))}
              </select>
            ) : null}
            <div className="ml-auto flex flex-wrap gap-1">
              <Button variant="ghost" onClick={() => setWeeks([...content.weeks.slice(0, w + 1), rekeyed(week), ...content.weeks.slice(w + 1)])}>
                Duplicate week
              </Button>
              <Button variant="ghost" disabled={content.weeks.length === 1} onClick={() => setWeeks(content.weeks.filter((_, i) => i !== w))}>
                Remove week
              </Button>
            </div>
          </div>
          <div className="grid gap-3 lg:grid-cols-2">
            {(week.days ?? []).map((day, d) => (
              <section key={day.key} aria-label={`Week ${w + 1} day ${d + 1}`} className="rounded-lg border border-border bg-surface-muted/40 p-3">
                <div className="mb-2 flex flex-wrap items-center gap-2">
                  <span className="text-sm font-semibold">Day {d + 1}</span>
                  <input aria-label={`Week ${w + 1} day ${d + 1} name`} className={cn(controlClass, 'min-h-10 max-w-48')} value={day.name} onChange={(e) => updateDay(w, d, { name: e.target.value })} />
                  <div className="ml-auto flex gap-1">
                    <Button variant="ghost" disabled={(week.days ?? []).length >= 7} onClick={() => updateWeek(w, { days: [...(week.days ?? []).slice(0, d + 1), rekeyed(day), ...(week.days ?? []).slice(d + 1)] })}>
                      Duplicate day
                    </Button>
                    <Button variant="ghost" onClick={() => updateWeek(w, { days: (week.days ?? []).filter((_, i) => i !== d) })}>
                      Remove day
                    </Button>
                  </div>
                </div>
                <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={(event) => onDragEnd(w, d, event)}>
                  <SortableContext items={(day.blocks ?? []).map((block) => block.key ?? '')} strategy={verticalListSortingStrategy}>
                    <ul className="flex flex-col gap-2" aria-label={`Exercises of week ${w + 1} day ${d + 1}`}>
                      {(day.blocks ?? []).map((block, b) => (
                        <SortableBlock key={block.key} id={block.key ?? ''}>
                          {(handle) => (
                            <div>
                              <div className="flex flex-wrap items-center gap-2">
                                {handle}
                                <select
                                  aria-label="Block kind"
                                  className={cn(controlClass, 'min-h-10 max-w-36')}
                                  value={block.kind ?? 'single'}
                                  onChange={(e) => setBlocks(w, d, blocksOf(w, d).map((x, i) => (i === b ? { ...x, kind: e.target.value as 'single', rounds: e.target.value === 'circuit' ? (x.rounds ?? 3) : null } : x)))}
                                >
                                  <option value="single" disabled={block.exercises.length > 1}>
                                    Single
                                  </option>
                                  <option value="superset">Superset</option>
                                  <option value="circuit">Circuit</option>
                                </select>
                                {block.kind === 'circuit' ? (
                                  <label className="flex items-center gap-1 text-sm">
                                    Rounds
                                    <input aria-label="Rounds" inputMode="numeric" className={cn(controlClass, 'min-h-10 w-16')} value={block.rounds ?? ''} onChange={(e) => setBlocks(w, d, blocksOf(w, d).map((x, i) => (i === b ? { ...x, rounds: Number(e.target.value) || null } : x)))} />
                                  </label>
                                ) : null}
                                <div className="ml-auto flex gap-1">
                                  <Button variant="ghost" onClick={() => setPicking({ week: w, day: d, block: b })}>
                                    + Exercise
                                  </Button>
                                  <Button variant="ghost" aria-label="Remove block" onClick={() => setBlocks(w, d, blocksOf(w, d).filter((_, i) => i !== b))}>
                                    Remove
                                  </Button>
                                </div>
                              </div>
                              {block.exercises.map((item, e) => {
                                const name = names.get(item.exercise_id) ?? 'Exercise';
                                return (
                                  <div key={item.key} className="mt-2 border-t border-border pt-2">
                                    <div className="mb-1 flex items-baseline justify-between gap-2">
                                      <p className="font-semibold">
                                        {name} <span className="text-sm font-normal text-muted">{prescriptionText(item.prescription)}</span>
                                      </p>
                                      {block.exercises.length > 1 ? (
                                        <Button variant="ghost" onClick={() => setBlocks(w, d, blocksOf(w, d).map((x, i) => (i === b ? { ...x, exercises: x.exercises.filter((_, j) => j !== e) } : x)))}>
                                          Remove {name}
                                        </Button>
                                      ) : null}
                                    </div>
                                    <PrescriptionEditor
                                      name={name}
                                      value={item.prescription ?? { sets: 3 }}
                                      onChange={(prescription) =>
                                        setBlocks(w, d, blocksOf(w, d).map((x, i) => (i === b ? { ...x, exercises: x.exercises.map((y, j) => (j === e ? { ...y, prescription } : y)) } : x)))
                                      }
                                    />
                                  </div>
                                );
                              })}
                            </div>
                          )}
                        </SortableBlock>
                      ))}
                    </ul>
                  </SortableContext>
                </DndContext>
                <Button variant="secondary" className="mt-2" onClick={() => setPicking({ week: w, day: d })}>
                  Add exercise
                </Button>
              </section>
            ))}
          </div>
          <Button variant="secondary" className="mt-3" disabled={(week.days ?? []).length >= 7} onClick={() => updateWeek(w, { days: [...(week.days ?? []), newDay((week.days ?? []).length + 1)] })}>
            Add day
          </Button>
        </Card>
        </section>
      ))}
      <Button variant="secondary" onClick={() => setWeeks([...content.weeks, { key: key(), days: [newDay(1)] }])}>
        Add week
      </Button>
      <ExercisePicker open={picking !== null} onClose={() => setPicking(null)} onPick={pick} />
    </div>
  );
}
