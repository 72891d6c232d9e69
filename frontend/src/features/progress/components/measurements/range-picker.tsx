import { RANGES, type RangeChoice } from '@/features/progress/components/measurements/measurement-format';
import { cn } from '@/lib/cn';

/** 30 days, 90 days, a year, everything, or two dates of one's own. */
export function RangePicker({ value, onChange, label }: { value: RangeChoice; onChange: (choice: RangeChoice) => void; label: string }) {
  return (
    <div className="flex flex-col gap-2">
      <div role="group" aria-label={label} className="flex flex-wrap gap-1">
        {RANGES.map((range) => (
          <button
            key={range.key}
            type="button"
            aria-pressed={value.key === range.key}
            onClick={() => onChange({ key: range.key, from: value.from, to: value.to })}
            className={cn(
              'min-h-11 min-w-11 rounded-lg border px-3 text-sm font-medium',
              value.key === range.key ? 'border-primary bg-primary text-primary-foreground' : 'border-border bg-surface text-foreground hover:bg-surface-muted',
            )}
          >
            {range.label}
          </button>
        ))}
      </div>
      {value.key === 'custom' ? (
        <div className="grid grid-cols-2 gap-2 sm:w-96">
          <label className="flex flex-col gap-1 text-sm font-medium">
            From
            <input type="date" className="min-h-11 rounded-lg border border-border bg-surface px-2 text-base sm:text-sm" value={value.from ?? ''} onChange={(event) => onChange({ ...value, from: event.target.value || undefined })} />
          </label>
          <label className="flex flex-col gap-1 text-sm font-medium">
            To
            <input type="date" className="min-h-11 rounded-lg border border-border bg-surface px-2 text-base sm:text-sm" value={value.to ?? ''} onChange={(event) => onChange({ ...value, to: event.target.value || undefined })} />
          </label>
        </div>
      ) : null}
    </div>
  );
}
