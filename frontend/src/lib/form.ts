import { ApiError } from '@/lib/api-error';

/** Checks that run in the browser before a form is sent; the server's checks still apply. */
export type Check = (value: string) => string | undefined;
export type FormErrors = Record<string, string | undefined>;

export const required =
  (label: string): Check =>
  (value) =>
    value.trim() ? undefined : `${label} is required.`;

export const email: Check = (value) =>
  !value.trim() || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? undefined : 'Enter a valid email address.';

export const minLength =
  (length: number, label: string): Check =>
  (value) =>
    !value || value.length >= length ? undefined : `${label} must be at least ${length} characters.`;

export const notFutureDate: Check = (value) =>
  !value || value <= new Date().toISOString().slice(0, 10) ? undefined : 'Must not be in the future.';

export function validate(values: Record<string, string>, checks: Record<string, Check[]>): FormErrors {
  const errors: FormErrors = {};
  for (const [name, list] of Object.entries(checks)) {
    for (const check of list) {
      const message = check(values[name] ?? '');
      if (message) {
        errors[name] = message;
        break;
      }
    }
  }
  return errors;
}

export const hasErrors = (errors: FormErrors) => Object.values(errors).some(Boolean);

/** The server's per-field messages (first one per field), to show beside the inputs. */
export function serverFieldErrors(error: unknown): FormErrors {
  if (!(error instanceof ApiError)) return {};
  return Object.fromEntries(Object.entries(error.fields).map(([name, messages]) => [name, messages[0]]));
}

/** A form-level message for errors that no field explains. */
export function formErrorMessage(error: unknown): string | undefined {
  if (!error) return undefined;
  if (error instanceof ApiError) return Object.keys(error.fields).length ? 'Please fix the highlighted fields.' : error.message;
  return 'Something went wrong. Try again.';
}
