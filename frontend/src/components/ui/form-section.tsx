import { useId, type ReactNode } from 'react';
import { Card } from '@/components/ui/card';
import { cn } from '@/lib/cn';

/**
 * One titled block of a form: a card with its heading, an optional sentence under it, and its
 * fields in two columns from 640 px (a field with `sm:col-span-2` takes the whole row).
 */
export function FormSection({ title, description, children, className }: { title: string; description?: ReactNode; children: ReactNode; className?: string }) {
  const id = useId();
  return (
    <Card role="group" aria-labelledby={id} className={cn('grid gap-4 sm:grid-cols-2', className)}>
      <div className="sm:col-span-2">
        <h2 id={id} className="text-base font-semibold">
          {title}
        </h2>
        {description ? <p className="mt-1 text-sm text-muted">{description}</p> : null}
      </div>
      {children}
    </Card>
  );
}
