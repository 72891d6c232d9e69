import { useParams } from 'react-router';
import { useCurrentUser } from '@/app/use-current-user';
import { isManager } from '@/features/auth/api/get-me';
import { MessagesScreen } from '@/features/messages/components/messages-screen';
import { paths } from '@/config/paths';

/** Staff chat: conversations with clients and groups; one open beside the list on wide screens. */
export default function MessagesRoute() {
  const me = useCurrentUser();
  const threadId = Number(useParams().threadId) || undefined;
  return (
    <MessagesScreen
      threadId={threadId}
      userId={me.id}
      timeZone={me.timezone}
      canCreateGroups
      canModerate={isManager(me)}
      listHref={paths.messages.getHref()}
      threadHref={paths.thread.getHref}
      emptyHint="A conversation starts when a trainer is assigned to a client who has an account; start a group for several people."
      // Under the phone's top bar and above its bottom bar; on wide screens the page's own padding.
      className="h-[calc(100dvh-12.5rem)] md:h-[calc(100dvh-4.5rem)]"
    />
  );
}
