import { useSearchParams } from '@solidjs/router';
import { onMount } from 'solid-js';
import { openPastConversation } from './chat.store.js';

/**
 * `/support?conversation=<id>`, the link in "you have a reply", contact-reply and transcript
 * mail: the support page's chat shows that conversation (the server checks it is the shopper's;
 * "continue" in the panel makes it current). Mounted after the panel, so it wins over the
 * panel's first load of the current conversation.
 */
export function OpenLinkedConversation() {
  const [params] = useSearchParams();
  onMount(() => {
    const id = Number(params.conversation);
    if (Number.isSafeInteger(id) && id > 0) void openPastConversation(id);
  });
  return null;
}
