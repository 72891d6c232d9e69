import type { ReactNode } from 'react';
import { controlClass } from '@/components/ui/field';
import { cn } from '@/lib/cn';

/** A labelled dropdown for one list filter. */
export function FilterSelect({ label, value, onChange, children, className }: { label: string; value: string; onChange: (value: string) => void; children: ReactNode; className?: string }) {
  return (
    <label className={cn('flex min-w-36 flex-col gap-1.5 text-sm font-medium', className)}>
      {label}
      <select className={cn(controlClass, 'font-normal')} value={value} onChange={(event) => onChange(event.target.value)}>
        {children}
      </select>
    </label>
  );
}
