import { useCampaignReport, type ReportFigures } from '@/features/campaigns/api/get-campaign-report';
import { share } from '@/features/campaigns/components/campaign-words';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { ErrorState, Spinner } from '@/components/ui/states';

function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="rounded-lg border border-border p-3">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="text-xl font-semibold">{value}</dd>
      {detail ? <dd className="text-xs text-muted">{detail}</dd> : null}
    </div>
  );
}

function Figures({ figures }: { figures: ReportFigures }) {
  const reached = figures.recipients - figures.skipped;
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      <Figure label="Recipients" value={figures.recipients.toLocaleString()} detail={figures.skipped ? `${figures.skipped.toLocaleString()} had turned campaign email off` : undefined} />
      <Figure
        label="Delivered"
        value={share(figures.delivered, reached)}
        detail={[figures.sending ? `${figures.sending.toLocaleString()} still sending` : '', figures.waiting ? `${figures.waiting.toLocaleString()} not queued yet` : ''].filter(Boolean).join('; ') || undefined}
      />
      <Figure label="Bounced or failed" value={figures.failed.toLocaleString()} />
      <Figure label="Opened" value={share(figures.opened, figures.delivered)} detail="People, not opens; some mail apps hide opens." />
      <Figure label="Clicked" value={share(figures.clicked, figures.delivered)} />
      <Figure label="Unsubscribed" value={share(figures.unsubscribed, figures.delivered)} />
    </dl>
  );
}

/** How a campaign did: delivery, unique opens and clicks, unsubscribes; each subject of an A/B test; each link. */
export function CampaignReport({ campaignId, status }: { campaignId: number; status: string }) {
  const report = useCampaignReport(campaignId, status);
  if (report.isPending) return <Spinner label="Loading the report…" />;
  if (report.isError) return <ErrorState error={report.error} onRetry={() => report.refetch()} />;
  const { totals, variants, links } = report.data;
  return (
    <div className="flex flex-col gap-4">
      <Card className="flex flex-col gap-3 p-4">
        <h2 className="text-base font-semibold">Overall</h2>
        <Figures figures={totals} />
      </Card>
      {variants.length ? (
        <Card className="flex flex-col gap-4 p-4">
          <h2 className="text-base font-semibold">Subjects tested</h2>
          {variants.map((variant) => (
            <section key={variant.variant} className="flex flex-col gap-2" aria-label={`Subject ${variant.variant.toUpperCase()}`}>
              <p className="flex flex-wrap items-center gap-2 text-sm">
                <span className="font-semibold">“{variant.subject}”</span>
                {variant.winner ? <Badge tone="success">Winner</Badge> : null}
              </p>
              <Figures figures={variant} />
            </section>
          ))}
        </Card>
      ) : null}
      <Card className="flex flex-col gap-2 p-4">
        <h2 className="text-base font-semibold">Links</h2>
        {links.length ? (
          <ul className="flex flex-col divide-y divide-border text-sm" aria-label="Clicks per link">
            {links.map((link) => (
              <li key={link.url} className="flex flex-col gap-1 py-2 sm:flex-row sm:justify-between">
                <span className="break-all">{link.url}</span>
                <span className="shrink-0 text-muted">
                  {link.unique_clicks.toLocaleString()} {link.unique_clicks === 1 ? 'person' : 'people'}, {link.clicks.toLocaleString()} {link.clicks === 1 ? 'click' : 'clicks'}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted">This campaign had no links whose clicks are counted.</p>
        )}
      </Card>
    </div>
  );
}
