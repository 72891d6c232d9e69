import { useId, type ReactNode } from 'react';
import { controlClass } from '@/components/ui/field';
import { cn } from '@/lib/cn';

/** A labelled dropdown for one list filter. */
export function FilterSelect({ label, value, onChange, children, className }: { label: string; value: string; onChange: (value: string) => void; children: ReactNode; className?: string }) {
  const id = useId();
  return (
    <div className={cn('flex min-w-36 flex-1 flex-col gap-1.5 sm:flex-none', className)}>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select id={id} className={controlClass} value={value} onChange={(event) => onChange(event.target.value)}>
        {children}
      </select>
    </div>
  );
}

/** The "Sort" dropdown of a list: one option per `[value, label]` pair. */
export function SortSelect({ value, onChange, options }: { value: string; onChange: (value: string) => void; options: readonly (readonly [string, string])[] }) {
  return (
    <FilterSelect label="Sort" value={value} onChange={onChange}>
      {options.map(([option, label]) => (
        <option key={option} value={option}>
          {label}
        </option>
      ))}
    </FilterSelect>
  );
}
