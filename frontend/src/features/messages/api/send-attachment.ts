import { useMutation, useQueryClient } from '@tanstack/react-query';
import { storeMessage } from '@/features/messages/api/chat-cache';
import type { Message } from '@/features/messages/api/get-messages';
import { env } from '@/config/env';
import { refreshSession, reportSessionLost } from '@/lib/api-client';
import { ApiError, toApiError } from '@/lib/api-error';
import { csrfHeaderFor } from '@/lib/csrf';

type AttachmentInput = { threadId: number; file: File; body?: string; onProgress?: (fraction: number) => void };

// XMLHttpRequest, because fetch cannot report upload progress (as documents' uploads do).
function send(path: string, form: FormData, onProgress?: (fraction: number) => void): Promise<Message> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `${env.apiUrl}${path}`);
    request.withCredentials = true;
    for (const [key, value] of Object.entries(csrfHeaderFor('POST', path))) request.setRequestHeader(key, value);
    request.upload.onprogress = (event) => event.lengthComputable && onProgress?.(event.loaded / event.total);
    request.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = null;
      }
      if (request.status >= 200 && request.status < 300) resolve(body as Message);
      else reject(toApiError(request.status, body));
    };
    request.onerror = () => reject(toApiError(0, null));
    request.send(form);
  });
}

export async function sendAttachment({ threadId, file, body, onProgress }: AttachmentInput): Promise<Message> {
  const form = new FormData();
  form.append('file', file);
  if (body) form.append('body', body);
  const path = `/api/threads/${threadId}/attachments`;
  try {
    return await send(path, form, onProgress);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) throw error;
    if (error.code === 'token_expired' && (await refreshSession())) return send(path, form, onProgress);
    reportSessionLost();
    throw error;
  }
}

/** Sends a photo or document into a conversation, reporting the upload's progress. */
export function useSendAttachment() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: sendAttachment, onSuccess: (message) => storeMessage(queryClient, message) });
}
