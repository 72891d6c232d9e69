import type { SeriesScope } from '@/features/scheduling/api/update-session';

export const SCOPE_LABELS: Record<SeriesScope, string> = {
  this: 'Only this one',
  following: 'This and following',
  all: 'All in the series',
};

/** Which occurrences of a series a change or a cancellation applies to. */
export function ScopeChoice({ value, onChange, legend, disabled = [] }: { value: SeriesScope; onChange: (scope: SeriesScope) => void; legend: string; disabled?: SeriesScope[] }) {
  return (
    <fieldset className="flex flex-col gap-1 rounded-lg border border-border p-3">
      <legend className="px-1 text-sm font-medium">{legend}</legend>
      {(Object.keys(SCOPE_LABELS) as SeriesScope[]).map((scope) => (
        <label key={scope} className="inline-flex min-h-10 cursor-pointer items-center gap-2 text-sm has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-60">
          <input type="radio" name="scope" className="size-4 accent-[var(--primary)]" checked={value === scope} disabled={disabled.includes(scope)} onChange={() => onChange(scope)} />
          {SCOPE_LABELS[scope]}
        </label>
      ))}
    </fieldset>
  );
}
