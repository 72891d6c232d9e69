export function Brand({ subtitle }: { subtitle?: string }) {
  return (
    <div className="flex min-w-0 items-center gap-2">
      <span className="grid size-9 shrink-0 place-items-center rounded-lg bg-primary text-lg font-black text-primary-foreground" aria-hidden>
        F
      </span>
      <div className="min-w-0 leading-tight">
        <p className="font-bold tracking-tight">FitnessCRM</p>
        {subtitle ? <p className="truncate text-xs text-muted">{subtitle}</p> : null}
      </div>
    </div>
  );
}
