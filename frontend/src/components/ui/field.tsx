import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { cn } from '@/lib/cn';

export const controlClass =
  'block min-h-11 w-full rounded-lg border border-border bg-surface px-3 text-base text-foreground placeholder:text-muted sm:text-sm aria-[invalid=true]:border-danger';

type FieldShellProps = { label: string; error?: string; hint?: string; className?: string; children: (ids: { id: string; describedBy?: string }) => ReactNode };

/** A label, the control, and the hint or error beside it, wired together for screen readers. */
export function FieldShell({ label, error, hint, className, children }: FieldShellProps) {
  const id = useId();
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return (
    <div className={cn('flex flex-col gap-1.5', className)}>
      <label htmlFor={id} className="text-sm font-medium text-foreground">
        {label}
      </label>
      {children({ id, describedBy })}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-danger" role="alert">
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

type Common = { label: string; error?: string; hint?: string; wrapperClassName?: string };

export function InputField({ label, error, hint, wrapperClassName, className, ...props }: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldShell label={label} error={error} hint={hint} className={wrapperClassName}>
      {({ id, describedBy }) => (
        <input id={id} aria-invalid={!!error} aria-describedby={describedBy} className={cn(controlClass, className)} {...props} />
      )}
    </FieldShell>
  );
}

export function SelectField({ label, error, hint, wrapperClassName, className, children, ...props }: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FieldShell label={label} error={error} hint={hint} className={wrapperClassName}>
      {({ id, describedBy }) => (
        <select id={id} aria-invalid={!!error} aria-describedby={describedBy} className={cn(controlClass, 'pr-8', className)} {...props}>
          {children}
        </select>
      )}
    </FieldShell>
  );
}

export function TextareaField({ label, error, hint, wrapperClassName, className, ...props }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldShell label={label} error={error} hint={hint} className={wrapperClassName}>
      {({ id, describedBy }) => (
        <textarea id={id} aria-invalid={!!error} aria-describedby={describedBy} className={cn(controlClass, 'min-h-24 py-2', className)} {...props} />
      )}
    </FieldShell>
  );
}

export function Checkbox({ label, className, ...props }: { label: ReactNode } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label className={cn('inline-flex min-h-11 cursor-pointer items-center gap-2 text-sm', className)}>
      <input type="checkbox" className="size-5 accent-[var(--primary)]" {...props} />
      {label}
    </label>
  );
}
