"""Does a chat message's notification name who wrote and where, as its reader would put it?"""

from __future__ import annotations

from fitnesscrm.messaging.events import MessagePosted
from fitnesscrm.notifications.inbox.wording import message_title


def _posted(*, author: str, title: str, client_id: int | None) -> MessagePosted:
    return MessagePosted(
        organization_id=1,
        actor=None,
        thread_id=1,
        message_id=1,
        author_user_id=2,
        author_name=author,
        thread_title=title,
        preview="Hi",
        recipient_user_ids=(3,),
        client_id=client_id,
    )


def test_message_title_in_a_clients_chat_reads_from_each_side():
    coach_writes = _posted(author="Sam Coach", title="Anna Smith", client_id=5)
    assert message_title(coach_writes, for_client=True) == "Message from Sam Coach"
    assert message_title(coach_writes, for_client=False) == "Sam Coach in the chat with Anna Smith"
    client_writes = _posted(author="Anna Smith", title="Anna Smith", client_id=5)
    assert message_title(client_writes, for_client=False) == "Message from Anna Smith"


def test_message_title_in_a_group_names_the_group():
    group = _posted(author="Sam Coach", title="Saturday bootcamp", client_id=None)
    assert message_title(group, for_client=True) == "Sam Coach in Saturday bootcamp"
    assert message_title(_posted(author="", title="Saturday bootcamp", client_id=None), for_client=False) == (
        "Someone in Saturday bootcamp"
    )
