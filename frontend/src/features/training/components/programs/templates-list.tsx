import { useState } from 'react';
import { Link } from 'react-router';
import { useProgramTemplates } from '@/features/training/api/get-program-templates';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { controlClass, InputField } from '@/components/ui/field';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { Button } from '@/components/ui/button';
import { paths } from '@/config/paths';
import { cn } from '@/lib/cn';
import { formatDate } from '@/lib/format';

/** The templates the caller sees, with search by name and filters; cards that open the builder. */
export function TemplatesList() {
  const [q, setQ] = useState('');
  const [tag, setTag] = useState('');
  const [visibility, setVisibility] = useState('');
  const [status, setStatus] = useState('active');
  const [page, setPage] = useState(1);
  const templates = useProgramTemplates({
    q: q || undefined,
    tag: tag || undefined,
    visibility: (visibility || undefined) as 'studio' | undefined,
    status: status as 'active',
    page,
    per_page: 24,
  });
  return (
    <div className="flex flex-col gap-4">
      <div className="grid gap-2 sm:grid-cols-4">
        <InputField label="Search" value={q} onChange={(e) => (setQ(e.target.value), setPage(1))} placeholder="Program name" />
        <InputField label="Tag" value={tag} onChange={(e) => (setTag(e.target.value), setPage(1))} placeholder="beginner" />
        <label className="flex flex-col gap-1.5 text-sm font-medium">
          Shared with
          <select className={controlClass} value={visibility} onChange={(e) => (setVisibility(e.target.value), setPage(1))}>
            <option value="">Anyone</option>
            <option value="studio">The studio</option>
            <option value="private">Private</option>
          </select>
        </label>
        <label className="flex flex-col gap-1.5 text-sm font-medium">
          Status
          <select className={controlClass} value={status} onChange={(e) => (setStatus(e.target.value), setPage(1))}>
            <option value="active">Active</option>
            <option value="archived">Archived</option>
            <option value="all">All</option>
          </select>
        </label>
      </div>
      {templates.isPending ? (
        <Spinner label="Loading programs…" />
      ) : templates.isError ? (
        <ErrorState error={templates.error} onRetry={() => templates.refetch()} />
      ) : templates.data.items.length === 0 ? (
        <EmptyState title="No programs match">Try other words or filters, or create a program.</EmptyState>
      ) : (
        <>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-label="Programs">
            {templates.data.items.map((template) => (
              <li key={template.id}>
                <Link to={paths.program.getHref(template.id)} className="block h-full rounded-xl focus-visible:outline-2">
                  <Card className={cn('h-full hover:border-primary', template.archived_at && 'opacity-70')}>
                    <div className="flex items-start justify-between gap-2">
                      <h2 className="font-semibold">{template.name}</h2>
                      {template.is_starter ? <Badge tone="primary">Starter</Badge> : template.visibility === 'private' ? <Badge>Private</Badge> : null}
                    </div>
                    <p className="text-sm text-muted">
                      {template.week_count} week{template.week_count === 1 ? '' : 's'} · up to {template.days_per_week} day{template.days_per_week === 1 ? '' : 's'} a week
                      {template.category ? ` · ${template.category}` : ''}
                    </p>
                    {template.description ? <p className="mt-2 line-clamp-2 text-sm">{template.description}</p> : null}
                    <p className="mt-2 text-xs text-muted">
                      Version {template.current_version} · {template.owner_name ?? 'FitnessCRM'} · updated {formatDate(template.updated_at)}
                    </p>
                    {template.tags.length ? (
                      <div className="mt-2 flex flex-wrap gap-1">
                        {template.tags.map((t) => (
                          <Badge key={t}>{t}</Badge>
                        ))}
                      </div>
                    ) : null}
                  </Card>
                </Link>
              </li>
            ))}
          </ul>
          {templates.data.meta.pages > 1 ? (
            <div className="flex items-center justify-center gap-2">
              <Button variant="secondary" disabled={!templates.data.meta.has_prev} onClick={() => setPage(page - 1)}>
                Previous
              </Button>
              <span className="text-sm text-muted">
                Page {page} of {templates.data.meta.pages}
              </span>
              <Button variant="secondary" disabled={!templates.data.meta.has_next} onClick={() => setPage(page + 1)}>
                Next
              </Button>
            </div>
          ) : null}
        </>
      )}
    </div>
  );
}
