import { useState } from 'react';
import { Conversation } from '@/features/messages/components/conversation';
import { MessageSearchResults } from '@/features/messages/components/message-search-results';
import { NewGroupDialog } from '@/features/messages/components/new-group-dialog';
import { ThreadList } from '@/features/messages/components/thread-list';
import { Button } from '@/components/ui/button';
import { SearchInput } from '@/components/ui/search-input';
import { EmptyState } from '@/components/ui/states';
import { cn } from '@/lib/cn';

type MessagesScreenProps = {
  threadId?: number;
  userId: number;
  timeZone: string;
  /** Staff may start groups; owners and admins may delete anyone's message. */
  canCreateGroups: boolean;
  canModerate: boolean;
  listHref: string;
  threadHref: (id: number) => string;
  emptyHint: string;
  /** The height the screen fills under the layout's bars (each layout knows its own). */
  className: string;
};

/**
 * Chat, phone first: on a phone the list or one conversation fills the screen; from 768 px the list
 * stays beside the open conversation.
 */
export function MessagesScreen({ threadId, userId, timeZone, canCreateGroups, canModerate, listHref, threadHref, emptyHint, className }: MessagesScreenProps) {
  const [q, setQ] = useState('');
  const [creating, setCreating] = useState(false);
  return (
    <div className={cn('grid min-h-0 grid-cols-[minmax(0,1fr)] gap-4 md:grid-cols-[20rem_minmax(0,1fr)] lg:grid-cols-[24rem_minmax(0,1fr)]', className)}>
      <div className={cn('flex min-h-0 min-w-0 flex-col', threadId && 'hidden md:flex')}>
        <div className="mb-3 flex items-center justify-between gap-2">
          <h1 className={cn('text-2xl font-bold tracking-tight', threadId && 'md:text-xl')}>Messages</h1>
          {canCreateGroups ? (
            <Button variant="secondary" onClick={() => setCreating(true)}>
              New group
            </Button>
          ) : null}
        </div>
        <div className="flex">
          <SearchInput value={q} onSearch={setQ} label="Search messages" placeholder="Words in a message" />
        </div>
        <div className="-mx-1 mt-3 min-h-0 flex-1 overflow-y-auto px-1">
          {q ? <MessageSearchResults q={q} threadHref={threadHref} timeZone={timeZone} /> : <ThreadList activeId={threadId} threadHref={threadHref} timeZone={timeZone} emptyHint={emptyHint} />}
        </div>
      </div>
      <div className={cn('min-h-0 min-w-0 md:border-l md:border-border md:pl-4', !threadId && 'hidden md:block')}>
        {threadId ? (
          <Conversation key={threadId} threadId={threadId} userId={userId} timeZone={timeZone} canModerate={canModerate} backHref={listHref} />
        ) : (
          <EmptyState title="Pick a conversation">Its messages show here, and new ones arrive as they are sent.</EmptyState>
        )}
      </div>
      {canCreateGroups ? <NewGroupDialog open={creating} onClose={() => setCreating(false)} userId={userId} threadHref={threadHref} /> : null}
    </div>
  );
}
