/** The API's one error shape, `{"error": {"code", "message", "fields"}}`, as a thrown value. */
export type FieldErrors = Record<string, string[]>;

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldErrors;
  /** `error.fields` as the server sent it, for structured details such as a 409's `conflict`. */
  readonly details: Record<string, unknown>;

  constructor({ status, code, message, fields, details }: { status: number; code: string; message: string; fields?: FieldErrors; details?: Record<string, unknown> }) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields ?? {};
    this.details = details ?? {};
  }

  /** The first message for a field, for showing beside its input. */
  fieldError(name: string): string | undefined {
    return this.fields[name]?.[0];
  }
}

const FALLBACK_MESSAGES: Record<number, string> = {
  400: 'The request was not understood.',
  401: 'Please sign in again.',
  403: "You don't have permission to do that.",
  404: 'Not found: it may have been removed, or you may not have access to it.',
  409: 'That conflicts with existing data.',
  413: 'That is too large.',
  422: 'Please check the highlighted fields.',
  429: 'Too many attempts. Wait a minute and try again.',
};

function flattenFields(raw: unknown): FieldErrors {
  if (!raw || typeof raw !== 'object') return {};
  const fields: FieldErrors = {};
  for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
    if (Array.isArray(value)) fields[name] = value.map(String);
    else if (typeof value === 'string') fields[name] = [value];
    else if (value && typeof value === 'object') {
      // Nested or per-item errors ({"0": ["..."]}) are shown on the parent field.
      fields[name] = Object.values(flattenFields(value)).flat();
    }
  }
  return fields;
}

/** Reads whatever the server answered (JSON error, HTML proxy page, nothing) into an ApiError. */
export function toApiError(status: number, body: unknown): ApiError {
  const error = (body as { error?: { code?: unknown; message?: unknown; fields?: unknown } } | null)?.error;
  const code = typeof error?.code === 'string' ? error.code : status >= 500 ? 'server_error' : `http_${status}`;
  const message =
    typeof error?.message === 'string' && error.message
      ? error.message
      : (FALLBACK_MESSAGES[status] ?? (status >= 500 ? 'Something went wrong on the server. Try again.' : 'The request failed.'));
  const details = error?.fields && typeof error.fields === 'object' && !Array.isArray(error.fields) ? (error.fields as Record<string, unknown>) : {};
  return new ApiError({ status, code, message, fields: flattenFields(error?.fields), details });
}

export const networkError = () =>
  new ApiError({ status: 0, code: 'network_error', message: "Can't reach the server. Check your connection and try again." });

/** A message for any thrown value, for toasts and error panels. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}
