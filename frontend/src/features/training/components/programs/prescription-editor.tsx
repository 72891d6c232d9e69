import type { Prescription } from '@/features/training/components/programs/wording';
import { controlClass } from '@/components/ui/field';
import { cn } from '@/lib/cn';

const LOADS = [
  ['', 'No load'],
  ['kg', 'kg'],
  ['lb', 'lb'],
  ['percent_1rm', '% of 1RM'],
  ['rpe', 'RPE'],
  ['rir', 'RIR'],
] as const;

function repsValue(p: Prescription): string {
  if (p.reps_min != null && p.reps_max != null) return `${p.reps_min}-${p.reps_max}`;
  return p.reps != null ? String(p.reps) : '';
}

/** "8-12" → a range, "5" → reps, "" → neither. */
function parseReps(text: string): Pick<Prescription, 'reps' | 'reps_min' | 'reps_max'> {
  const range = text.match(/^\s*(\d+)\s*[-–]\s*(\d+)\s*$/);
  if (range) return { reps: null, reps_min: Number(range[1]), reps_max: Number(range[2]) };
  const single = text.match(/^\s*(\d+)\s*$/);
  return { reps: single ? Number(single[1]) : null, reps_min: null, reps_max: null };
}

const optionalNumber = (text: string) => (text.trim() === '' ? null : Number(text));

function Small({ label, className, children }: { label: string; className?: string; children: React.ReactNode }) {
  return (
    <label className={cn('flex flex-col gap-1 text-xs font-medium text-muted', className)}>
      {label}
      {children}
    </label>
  );
}

/** The fields of one prescription, compact enough for a phone. */
export function PrescriptionEditor({ value, onChange, name }: { value: Prescription; onChange: (next: Prescription) => void; name: string }) {
  const set = (patch: Partial<Prescription>) => onChange({ ...value, ...patch });
  const input = cn(controlClass, 'min-h-10 px-2');
  return (
    <div className="grid grid-cols-2 gap-2 sm:grid-cols-6">
      <Small label="Sets">
        <input aria-label={`Sets of ${name}`} className={input} inputMode="numeric" value={value.sets ?? ''} onChange={(e) => set({ sets: optionalNumber(e.target.value) ?? 1 })} />
      </Small>
      <Small label="Reps or range">
        <input aria-label={`Reps of ${name}`} className={input} placeholder="8-12" defaultValue={repsValue(value)} onBlur={(e) => set(parseReps(e.target.value))} />
      </Small>
      <Small label="Load">
        <select
          aria-label={`Load type of ${name}`}
          className={input}
          value={value.load?.type ?? ''}
          onChange={(e) => set({ load: e.target.value ? { type: e.target.value as 'kg', value: value.load?.value ?? 0 } : null })}
        >
          {LOADS.map(([type, label]) => (
            <option key={type} value={type}>
              {label}
            </option>
          ))}
        </select>
      </Small>
      <Small label="Load value">
        <input
          aria-label={`Load of ${name}`}
          className={input}
          inputMode="decimal"
          disabled={!value.load}
          value={value.load ? String(value.load.value) : ''}
          onChange={(e) => value.load && set({ load: { ...value.load, value: Number(e.target.value) || 0 } as Prescription['load'] })}
        />
      </Small>
      <Small label="Rest (s)">
        <input aria-label={`Rest of ${name}`} className={input} inputMode="numeric" value={value.rest_seconds ?? ''} onChange={(e) => set({ rest_seconds: optionalNumber(e.target.value) })} />
      </Small>
      <Small label="Tempo">
        <input aria-label={`Tempo of ${name}`} className={input} placeholder="3-1-1-0" value={value.tempo ?? ''} onChange={(e) => set({ tempo: e.target.value || null })} />
      </Small>
      <Small label="Progression" className="col-span-2 sm:col-span-3">
        <select
          aria-label={`Progression of ${name}`}
          className={input}
          value={value.progression ? `${value.progression.kind}:${value.progression.increment}` : ''}
          onChange={(e) => {
            const [kind, increment] = e.target.value.split(':');
            set({ progression: kind ? { kind: kind as 'add_load', increment: Number(increment), unit: kind === 'add_load' ? 'kg' : null } : null });
          }}
        >
          <option value="">None</option>
          <option value="add_load:2.5">Add 2.5 kg when every set hits the top of the range</option>
          <option value="add_load:5">Add 5 kg when every set hits the top of the range</option>
          <option value="add_reps:1">Add 1 rep per set when every set is completed</option>
        </select>
      </Small>
      <Small label="Notes" className="col-span-2 sm:col-span-3">
        <input aria-label={`Notes for ${name}`} className={input} value={value.notes ?? ''} onChange={(e) => set({ notes: e.target.value || null })} />
      </Small>
    </div>
  );
}
