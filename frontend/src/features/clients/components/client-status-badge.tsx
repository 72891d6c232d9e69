import { Badge } from '@/components/ui/badge';
import { humanize } from '@/lib/format';

const tones = { lead: 'primary', active: 'success', paused: 'warning', inactive: 'neutral', archived: 'danger' } as const;

export function ClientStatusBadge({ status }: { status: string }) {
  return <Badge tone={tones[status as keyof typeof tones] ?? 'neutral'}>{humanize(status)}</Badge>;
}
