import type { Session } from '@/features/scheduling/api/get-sessions';
import { Badge } from '@/components/ui/badge';

const STATUSES: Record<Session['status'], { label: string; tone: 'primary' | 'success' | 'danger' | 'warning' | 'neutral' }> = {
  scheduled: { label: 'Scheduled', tone: 'primary' },
  completed: { label: 'Completed', tone: 'success' },
  no_show: { label: 'No-show', tone: 'danger' },
  late_cancel: { label: 'Late cancel', tone: 'warning' },
  cancelled: { label: 'Cancelled', tone: 'neutral' },
};

/** A session's status as every scheduling screen shows it. */
export function SessionStatusBadge({ status, className }: { status: Session['status']; className?: string }) {
  const { label, tone } = STATUSES[status];
  return (
    <Badge tone={tone} className={className}>
      {label}
    </Badge>
  );
}
