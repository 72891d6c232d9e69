/** How documents read for people: categories in words, sizes in KB and MB, waiver states in sentences. */
export const CATEGORIES = [
  ['workout_plan', 'Workout plan'],
  ['meal_plan', 'Meal plan'],
  ['form', 'Form'],
  ['waiver', 'Waiver'],
  ['other', 'Other'],
] as const;

export function categoryLabel(code: string | null | undefined): string {
  return CATEGORIES.find(([value]) => value === code)?.[1] ?? 'Other';
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** "PDF", "Image", "Word document"...: what a file is, from the type the server found in its bytes. */
export function fileKind(contentType: string): string {
  if (contentType === 'application/pdf') return 'PDF';
  if (contentType.startsWith('image/')) return 'Image';
  if (contentType.includes('wordprocessing') || contentType.includes('msword') || contentType.includes('opendocument.text')) return 'Word document';
  if (contentType.includes('spreadsheet') || contentType.includes('ms-excel') || contentType === 'text/csv') return 'Spreadsheet';
  if (contentType.includes('presentation') || contentType.includes('powerpoint')) return 'Slides';
  if (contentType.startsWith('text/')) return 'Text';
  return 'File';
}

export const SIGNATURE_LABELS: Record<string, string> = {
  signed: 'Signed',
  outdated: 'Signed an earlier version',
  unsigned: 'Not signed yet',
};

export const ACCEPTED_FILES =
  '.pdf,.jpg,.jpeg,.png,.webp,.heic,.heif,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.txt,.csv,application/pdf,image/*';
