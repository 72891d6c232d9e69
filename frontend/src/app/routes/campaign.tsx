import { Navigate, useNavigate, useParams } from 'react-router';
import { useCurrentUser } from '@/app/use-current-user';
import { isManager } from '@/features/auth/api/get-me';
import { useCampaign } from '@/features/campaigns/api/get-campaigns';
import { CampaignEditor } from '@/features/campaigns/components/campaign-editor';
import { CampaignReport } from '@/features/campaigns/components/campaign-report';
import { campaignWhen, STATUS_LABELS } from '@/features/campaigns/components/campaign-words';
import { SendPanel } from '@/features/campaigns/components/send-panel';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/card';
import { ErrorState, Spinner } from '@/components/ui/states';
import { paths } from '@/config/paths';

/** One campaign: the editor and Send while it is a draft or scheduled, its report once it goes out. */
export default function CampaignRoute() {
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { campaignId } = useParams();
  const id = campaignId ? Number(campaignId) : undefined;
  const campaign = useCampaign(id);
  if (!isManager(me)) return <Navigate to={paths.dashboard.getHref()} replace />;
  const back = (
    <ButtonLink to={paths.campaigns.getHref()} variant="ghost" className="-ml-3 mb-1">
      ← Campaigns
    </ButtonLink>
  );
  if (id === undefined) {
    return (
      <>
        {back}
        <PageHeader title="New campaign" description="Save it as a draft first; then send it now or choose a time." />
        <CampaignEditor onSaved={(saved) => navigate(paths.campaign.getHref(saved.id), { replace: true })} />
      </>
    );
  }
  if (campaign.isPending) return <Spinner label="Loading the campaign…" />;
  if (campaign.isError) return <ErrorState error={campaign.error} onRetry={() => campaign.refetch()} />;
  const data = campaign.data;
  const editable = data.status === 'draft' || data.status === 'scheduled';
  const status = STATUS_LABELS[data.status];
  return (
    <>
      {back}
      <PageHeader title={data.name} description={campaignWhen(data, me.timezone)} />
      <p className="-mt-2 mb-4 flex flex-wrap items-center gap-2 text-sm">
        <Badge tone={status.tone}>{status.label}</Badge>
        <span className="text-muted">To {data.segment_name}</span>
      </p>
      {editable ? (
        <div className="flex flex-col gap-4">
          <SendPanel campaign={data} timeZone={me.timezone} />
          <CampaignEditor key={data.updated_at} campaign={data} onSaved={() => campaign.refetch()} />
        </div>
      ) : (
        <CampaignReport campaignId={data.id} status={data.status} />
      )}
    </>
  );
}
