import { useOutboxCount } from '@/features/notifications/api/get-outbox';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { paths } from '@/config/paths';

function trouble(failed: number | undefined, dead: number | undefined): string | null {
  if (failed === undefined || dead === undefined) return null;
  const parts = [];
  if (failed) parts.push(`${failed} ${failed === 1 ? 'message is' : 'messages are'} failing and will be tried again`);
  if (dead) parts.push(`${dead} ${dead === 1 ? 'was' : 'were'} given up`);
  return parts.length ? `${parts.join('; ')}.` : 'Every message is on its way or sent.';
}

/** Settings' way into the outbox (owners and admins), saying whether anything needs a look. */
export function OutboxCard() {
  const failed = useOutboxCount('failed');
  const dead = useOutboxCount('dead');
  const sentence = trouble(failed.data, dead.data);
  return (
    <Card>
      <div className="flex flex-col gap-3">
        <div>
          <h2 className="text-base font-semibold">Outbox</h2>
          <p className="text-sm text-muted">Every email the studio sends, whether it arrived, and a way to send again what failed.</p>
        </div>
        {sentence ? (
          <p className="text-sm" data-testid="outbox-trouble">
            {sentence}
          </p>
        ) : null}
        <div className="flex justify-end">
          <ButtonLink to={paths.outbox.getHref()} variant="secondary">
            Open the outbox
          </ButtonLink>
        </div>
      </div>
    </Card>
  );
}
