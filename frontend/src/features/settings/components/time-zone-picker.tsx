import { useId, useMemo, useState } from 'react';
import { allTimeZones, filterTimeZones, offsetLabel, zoneLabel } from '@/features/settings/components/time-zones';
import { controlClass, InputField } from '@/components/ui/field';
import { cn } from '@/lib/cn';

type TimeZonePickerProps = { label: string; value: string; onChange: (zone: string) => void; error?: string };

/** A search box over the ~420 IANA zones and the list it narrows; the choice is spelled out below. */
export function TimeZonePicker({ label, value, onChange, error }: TimeZonePickerProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  // Offsets are worked out once per screen: ~420 formatters on every keystroke would lag on phones.
  const options = useMemo(() => allTimeZones().map((zone) => ({ zone, text: `${zoneLabel(zone)} (${offsetLabel(zone)})` })), []);
  const shown = useMemo(() => {
    const names = new Set(filterTimeZones(options.map((option) => option.zone), query));
    return options.filter((option) => names.has(option.zone));
  }, [options, query]);

  return (
    <div className="flex flex-col gap-2">
      <InputField label={`Search ${label.toLowerCase()}`} type="search" placeholder="City or region, e.g. New York" value={query} onChange={(event) => setQuery(event.target.value)} autoComplete="off" />
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        size={6}
        className={cn(controlClass, 'py-1')}
        value={value}
        aria-invalid={!!error}
        aria-describedby={`${id}-chosen`}
        onChange={(event) => onChange(event.target.value)}
      >
        {shown.map((option) => (
          <option key={option.zone} value={option.zone} className="px-1 py-1">
            {option.text}
          </option>
        ))}
      </select>
      {shown.length === 0 ? <p className="text-sm text-muted">No time zone matches &ldquo;{query}&rdquo;.</p> : null}
      <p id={`${id}-chosen`} className="text-sm text-muted">
        Chosen: <span className="font-medium text-foreground">{value ? `${zoneLabel(value)} (${offsetLabel(value)})` : 'none'}</span>
      </p>
      {error ? (
        <p className="text-sm text-danger" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
