import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DocumentDetail } from '@/features/documents/api/get-document';
import { env } from '@/config/env';
import { refreshSession, reportSessionLost } from '@/lib/api-client';
import { ApiError, toApiError } from '@/lib/api-error';
import { csrfHeaderFor } from '@/lib/csrf';

export type DocumentUploadFields = { title: string; description?: string; category: string; folder_id?: number | null; tags: string[]; note?: string };
type UploadInput = { file: File; onProgress?: (fraction: number) => void } & ({ documentId: number; note?: string } | { fields: DocumentUploadFields });

/**
 * POST a multipart form with XMLHttpRequest, because fetch cannot report upload progress;
 * resolves with the document, or rejects with the API's error.
 */
function send(path: string, form: FormData, onProgress?: (fraction: number) => void): Promise<DocumentDetail> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `${env.apiUrl}${path}`);
    request.withCredentials = true;
    for (const [key, value] of Object.entries(csrfHeaderFor('POST', path))) request.setRequestHeader(key, value);
    request.upload.onprogress = (event) => event.lengthComputable && onProgress?.(event.loaded / event.total);
    request.onload = () => {
      const body = (() => {
        try {
          return JSON.parse(request.responseText);
        } catch {
          return null;
        }
      })();
      if (request.status >= 200 && request.status < 300) resolve(body as DocumentDetail);
      else reject(toApiError(request.status, body));
    };
    request.onerror = () => reject(toApiError(0, null));
    request.send(form);
  });
}

/**
 * `send`, renewing an expired session once as `sessionFetch` does for every other request (an upload
 * long enough can outlive the access token it started with); a session that cannot be renewed is lost.
 */
async function sendInSession(path: string, form: FormData, onProgress?: (fraction: number) => void): Promise<DocumentDetail> {
  try {
    return await send(path, form, onProgress);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) throw error;
    if (error.code === 'token_expired' && (await refreshSession())) {
      try {
        return await send(path, form, onProgress);
      } catch (retried) {
        if (retried instanceof ApiError && retried.status === 401) reportSessionLost();
        throw retried;
      }
    }
    reportSessionLost();
    throw error;
  }
}

export function uploadDocument(input: UploadInput): Promise<DocumentDetail> {
  const form = new FormData();
  if ('documentId' in input) {
    if (input.note) form.append('note', input.note);
    form.append('file', input.file);
    return sendInSession(`/api/documents/${input.documentId}/versions`, form, input.onProgress);
  }
  const { fields } = input;
  form.append('title', fields.title);
  form.append('category', fields.category);
  if (fields.description) form.append('description', fields.description);
  if (fields.folder_id) form.append('folder_id', String(fields.folder_id));
  if (fields.note) form.append('note', fields.note);
  for (const tag of fields.tags) form.append('tags', tag);
  form.append('file', input.file);
  return sendInSession('/api/documents', form, input.onProgress);
}

/** Upload a new document, or a new version of one, reporting the upload's progress as it goes. */
export function useUploadDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadDocument,
    onSuccess: (document) => {
      queryClient.setQueryData(['documents', 'detail', document.id], document);
      return queryClient.invalidateQueries({ predicate: (query) => ['documents', 'document-folders', 'client-documents'].includes(String(query.queryKey[0])) });
    },
  });
}
