import { useState, type ReactNode } from 'react';
import { useCreateFeed, type IssuedFeed } from '@/features/scheduling/api/create-feed';
import { useFeeds, type FeedOwner } from '@/features/scheduling/api/get-feeds';
import { useRevokeFeed } from '@/features/scheduling/api/revoke-feed';
import { toWebcalUrl } from '@/features/scheduling/components/feeds/feed-url';
import { Button, buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { InputField } from '@/components/ui/field';
import { ErrorState, Spinner } from '@/components/ui/states';
import { useToast } from '@/components/ui/toast';
import { useCopyText } from '@/components/ui/use-copy-text';
import { errorMessage } from '@/lib/api-error';
import { formatDateTime } from '@/lib/format';

type CalendarFeedCardProps = {
  owner: FeedOwner;
  /** Whose sessions the feed carries, in a sentence: "your sessions", "Tia's sessions (with client names)". */
  contents: string;
};

/**
 * A private iCalendar link for a calendar app. The API returns the URL only when it is created,
 * so it is shown then and never again; a new link revokes the previous one.
 */
export function CalendarFeedCard({ owner, contents }: CalendarFeedCardProps) {
  const toast = useToast();
  const feeds = useFeeds(owner);
  const create = useCreateFeed();
  const revoke = useRevokeFeed();
  const [issued, setIssued] = useState<IssuedFeed | null>(null);
  const [confirm, setConfirm] = useState<'replace' | number | null>(null);
  const active = feeds.data ?? [];

  const issue = () =>
    create.mutate(owner, {
      onSuccess: (feed) => {
        setIssued(feed);
        setConfirm(null);
        toast.success('Calendar link created. Copy it now: it is shown only once.');
      },
      onError: (error) => toast.error(errorMessage(error)),
    });

  const revokeFeed = (feedId: number) =>
    revoke.mutate(feedId, {
      onSuccess: () => {
        if (issued?.id === feedId) setIssued(null);
        setConfirm(null);
        toast.success('Calendar link revoked. The old address no longer works.');
      },
      onError: (error) => toast.error(errorMessage(error)),
    });

  return (
    <Card>
      <h2 className="text-base font-semibold">Calendar feed</h2>
      <p className="mt-1 text-sm text-muted">
        Subscribe in Google Calendar, Apple Calendar or Outlook to see {contents} there, kept up to date. The link is private: anyone who has it can read the
        calendar, so share it with no one.
      </p>

      {issued ? <IssuedLink url={issued.url} /> : null}

      {feeds.isPending ? (
        <Spinner label="Loading calendar links…" />
      ) : feeds.isError ? (
        <ErrorState error={feeds.error} onRetry={() => feeds.refetch()} />
      ) : (
        <div className="mt-4 flex flex-col gap-3">
          {active.length === 0 ? (
            <p className="text-sm text-muted">No active calendar link.</p>
          ) : (
            <ul className="divide-y divide-border rounded-lg border border-border" aria-label="Active calendar links">
              {active.map((feed) => (
                <li key={feed.id} className="flex flex-wrap items-center gap-2 px-3 py-2">
                  <p className="min-w-0 flex-1 text-sm">
                    <span className="font-medium">{feed.id === issued?.id ? 'The link above' : 'Active link'}</span>
                    <span className="text-muted">, created {formatDateTime(feed.created_at)}</span>
                  </p>
                  <Button variant="danger" onClick={() => setConfirm(feed.id)}>
                    Revoke
                  </Button>
                </li>
              ))}
            </ul>
          )}
          <div className="flex flex-wrap gap-2">
            <Button variant={active.length ? 'secondary' : 'primary'} loading={create.isPending} onClick={() => (active.length ? setConfirm('replace') : issue())}>
              {active.length ? 'Create a new link' : 'Create calendar link'}
            </Button>
          </div>
          {active.length ? <p className="text-sm text-muted">Lost the link? Create a new one: it replaces the old one, which then stops working.</p> : null}
        </div>
      )}

      <ConfirmDialog
        open={confirm === 'replace'}
        title="Create a new calendar link?"
        confirmLabel="Create new link"
        loading={create.isPending}
        onConfirm={issue}
        onClose={() => setConfirm(null)}
      >
        The current link stops working at once: calendars subscribed to it stop updating until you subscribe them to the new link.
      </ConfirmDialog>
      <ConfirmDialog
        open={typeof confirm === 'number'}
        title="Revoke this calendar link?"
        confirmLabel="Revoke link"
        danger
        loading={revoke.isPending}
        onConfirm={() => typeof confirm === 'number' && revokeFeed(confirm)}
        onClose={() => setConfirm(null)}
      >
        The old address stops working at once, and calendars subscribed to it stop updating (they may keep showing what they last loaded). You can create a new link
        afterwards.
      </ConfirmDialog>
    </Card>
  );
}

/** The one moment the URL is known: copy it, subscribe on this device, or follow the steps per app. */
function IssuedLink({ url }: { url: string }) {
  const { box, copy } = useCopyText('Link');


  return (
    <div ref={box} className="mt-4 flex flex-col gap-3 rounded-lg border border-primary bg-primary-soft p-3">
      <p className="text-sm font-semibold text-primary-text">Copy this link now: for your privacy it is shown only once.</p>
      <InputField label="Your private calendar link" readOnly value={url} onFocus={(event) => event.target.select()} className="font-mono text-xs sm:text-xs" />
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => copy(url)}>Copy link</Button>
        <a href={toWebcalUrl(url)} className={buttonClass('secondary')}>
          Subscribe on this device
        </a>
      </div>
      <div className="flex flex-col text-sm">
        <Steps app="Google Calendar">
          On a computer, open calendar.google.com, press <b>+</b> next to &ldquo;Other calendars&rdquo;, choose <b>From URL</b>, paste the link and press{' '}
          <b>Add calendar</b>. It then appears in the Google Calendar app on your phone too. Google refreshes subscriptions every few hours, so changes can take a
          while to show.
        </Steps>
        <Steps app="Apple Calendar (iPhone, iPad, Mac)">
          Press <b>Subscribe on this device</b> above. Or, on iPhone: Settings → Calendar → Accounts → Add Account → Other → <b>Add Subscribed Calendar</b> and
          paste the link; on a Mac: Calendar → File → <b>New Calendar Subscription</b>.
        </Steps>
        <Steps app="Outlook">
          In Outlook on the web or Outlook.com: Calendar → <b>Add calendar</b> → <b>Subscribe from web</b>, paste the link and press Import. In Outlook for
          Windows: Add Calendar → <b>From Internet</b>.
        </Steps>
      </div>
    </div>
  );
}

function Steps({ app, children }: { app: string; children: ReactNode }) {
  return (
    <details className="border-t border-primary/30 first:border-t-0">
      <summary className="flex min-h-11 cursor-pointer items-center font-medium">{app}</summary>
      <p className="pb-2 text-foreground">{children}</p>
    </details>
  );
}
