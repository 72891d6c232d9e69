import { Link } from 'react-router';
import { useCampaigns } from '@/features/campaigns/api/get-campaigns';
import { campaignWhen, share, STATUS_LABELS } from '@/features/campaigns/components/campaign-words';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ListFooter } from '@/components/ui/list-footer';
import { EmptyState, ErrorState, Spinner } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { useListParams } from '@/lib/use-list-params';

const DEFAULTS = {};
const FILTERS = [] as const;

/** The studio's campaigns, newest first: status, segment, when, and how many opened and clicked. */
export function CampaignList({ timeZone }: { timeZone: string }) {
  const { state, update } = useListParams(DEFAULTS, FILTERS);
  const campaigns = useCampaigns({ page: state.page, per_page: state.per_page });
  if (campaigns.isPending) return <Spinner label="Loading campaigns…" />;
  if (campaigns.isError) return <ErrorState error={campaigns.error} onRetry={() => campaigns.refetch()} />;
  if (!campaigns.data.items.length) {
    return (
      <EmptyState title="No campaigns yet" action={<ButtonLink to={paths.campaignNew.getHref()}>New campaign</ButtonLink>}>
        Write an email once and send it to a segment of your clients: a timetable change, an offer, a newsletter.
      </EmptyState>
    );
  }
  return (
    <Card>
      <ul aria-label="Campaigns" className="flex flex-col divide-y divide-border">
        {campaigns.data.items.map((campaign) => {
          const status = STATUS_LABELS[campaign.status];
          return (
            <li key={campaign.id} className="flex flex-col gap-1 px-4 py-3 text-sm sm:flex-row sm:items-start sm:justify-between sm:gap-4" data-testid="campaign">
              <div className="min-w-0">
                <p className="flex flex-wrap items-center gap-2">
                  <Link to={paths.campaign.getHref(campaign.id)} className="font-semibold text-primary-text hover:underline">
                    {campaign.name}
                  </Link>
                  <Badge tone={status.tone}>{status.label}</Badge>
                </p>
                <p className="break-words text-muted">
                  “{campaign.subject}” to {campaign.segment_name}
                </p>
                <p className="text-xs text-muted">{campaignWhen(campaign, timeZone)}</p>
              </div>
              {campaign.stats.recipients ? (
                <p className="shrink-0 text-muted">
                  {campaign.stats.recipients.toLocaleString()} sent · opened by {share(campaign.stats.opened, campaign.stats.recipients)} · clicked by{' '}
                  {campaign.stats.clicked.toLocaleString()}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
      <ListFooter meta={campaigns.data.meta} onPage={(page) => update({ page })} onPerPage={(per_page) => update({ per_page })} />
    </Card>
  );
}
