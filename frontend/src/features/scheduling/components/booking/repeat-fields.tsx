import type { BookingValues } from '@/features/scheduling/components/booking/booking-values';
import { WEEKDAY_LABELS, WEEKDAYS, type Weekday } from '@/features/scheduling/lib/recurrence-rule';
import { InputField, SelectField } from '@/components/ui/field';
import { cn } from '@/lib/cn';

type RepeatValues = Pick<BookingValues, 'repeat' | 'weekdays' | 'interval' | 'endType' | 'until' | 'count'>;

/** Does not repeat, or weekly on chosen weekdays every N weeks, ending never, on a date or after N times. */
export function RepeatFields({ values, error, onChange }: { values: RepeatValues; error?: string; onChange: (changes: Partial<RepeatValues>) => void }) {
  const toggle = (day: Weekday) => onChange({ weekdays: values.weekdays.includes(day) ? values.weekdays.filter((other) => other !== day) : [...values.weekdays, day] });

  return (
    <fieldset className="flex flex-col gap-3 rounded-lg border border-border p-3">
      <legend className="px-1 text-sm font-medium">Repeat</legend>
      <SelectField label="Repeats" value={values.repeat} onChange={(event) => onChange({ repeat: event.target.value as RepeatValues['repeat'] })}>
        <option value="none">Does not repeat</option>
        <option value="weekly">Weekly</option>
      </SelectField>
      {values.repeat === 'weekly' ? (
        <>
          <div role="group" aria-label="On these days" className="flex flex-wrap gap-1.5">
            {WEEKDAYS.map((day) => (
              <button
                key={day}
                type="button"
                aria-pressed={values.weekdays.includes(day)}
                onClick={() => toggle(day)}
                className={cn(
                  'min-h-10 min-w-12 rounded-md border text-sm font-medium',
                  values.weekdays.includes(day) ? 'border-primary bg-primary text-primary-foreground' : 'border-border bg-surface hover:bg-surface-muted',
                )}
              >
                {WEEKDAY_LABELS[day]}
              </button>
            ))}
          </div>
          <div className="grid grid-cols-2 gap-3">
            <InputField label="Every (weeks)" type="number" min={1} max={52} inputMode="numeric" value={values.interval} onChange={(event) => onChange({ interval: event.target.value })} />
            <SelectField label="Ends" value={values.endType} onChange={(event) => onChange({ endType: event.target.value as RepeatValues['endType'] })}>
              <option value="never">Never</option>
              <option value="until">On a date</option>
              <option value="count">After N times</option>
            </SelectField>
            {values.endType === 'until' ? (
              <InputField label="Last day" type="date" wrapperClassName="col-span-2" value={values.until} onChange={(event) => onChange({ until: event.target.value })} />
            ) : null}
            {values.endType === 'count' ? (
              <InputField label="Times" type="number" min={1} max={500} inputMode="numeric" wrapperClassName="col-span-2" value={values.count} onChange={(event) => onChange({ count: event.target.value })} />
            ) : null}
          </div>
        </>
      ) : null}
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
