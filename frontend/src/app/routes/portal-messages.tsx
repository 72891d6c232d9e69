import { useParams } from 'react-router';
import { useCurrentUser } from '@/app/use-current-user';
import { MessagesScreen } from '@/features/messages/components/messages-screen';
import { paths } from '@/config/paths';

/** The client's chat with their coaches (and any group they are in). */
export default function PortalMessagesRoute() {
  const me = useCurrentUser();
  const threadId = Number(useParams().threadId) || undefined;
  return (
    <MessagesScreen
      threadId={threadId}
      userId={me.id}
      timeZone={me.timezone}
      canCreateGroups={false}
      canModerate={false}
      listHref={paths.portalMessages.getHref()}
      threadHref={paths.portalThread.getHref}
      emptyHint="Once the studio assigns you a coach, your conversation with them appears here."
      className="h-[calc(100dvh-12rem)] md:h-[calc(100dvh-10rem)]"
    />
  );
}
