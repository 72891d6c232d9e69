import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, expect, test, vi } from 'vitest';
import { RuleEditor } from '@/features/automation/components/rule-editor';
import { toApiError, type ApiError } from '@/lib/api-error';

// The server's answers are replaced: these tests are about what the editor does with them.
const save: { error: ApiError | null; mutate: ReturnType<typeof vi.fn>; reset: ReturnType<typeof vi.fn>; isPending: boolean } = { error: null, mutate: vi.fn(), reset: vi.fn(), isPending: false };
vi.mock('@/features/automation/api/save-rule', () => ({ useSaveRule: () => save }));
vi.mock('@/features/automation/api/get-options', () => ({
  useAutomationOptions: () => ({
    isPending: false,
    isError: false,
    data: {
      triggers: [
        { value: 'client_created', label: 'A client is added' },
        { value: 'no_session_in_days', label: 'No session in N days' },
      ],
      triggers_with_days: ['no_session_in_days'],
      conditions: [{ value: 'has_tag', label: 'Client has the tag' }],
      steps: [
        { value: 'send_email', label: 'Send an email' },
        { value: 'wait', label: 'Wait' },
      ],
      merge_fields: [{ value: 'first_name', label: "The client's first name" }],
    },
  }),
}));
vi.mock('@/features/trainers/api/get-trainers', () => ({ useTrainerOptions: () => ({ isPending: false, isError: false, data: { items: [] } }) }));
vi.mock('@/features/campaigns/api/get-segments', () => ({ useSegments: () => ({ isPending: false, isError: false, data: { items: [] } }) }));

beforeEach(() => {
  save.error = null;
  save.mutate = vi.fn();
  save.reset = vi.fn();
});

function renderEditor() {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>
        <RuleEditor onSaved={() => undefined} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

test("the API's errors, nested or dotted, are shown beside the inputs they name", () => {
  save.error = toApiError(422, {
    error: { code: 'validation_error', message: 'The request has invalid fields.', fields: { steps: { '0': { subject: ['Required for this step.'] } }, 'steps.0.body': ['Unknown merge fields: {{ nickname }}.'] } },
  });
  renderEditor();
  const step = screen.getByRole('listitem', { name: 'Step 1: Send an email' });
  expect(within(step).getByLabelText('Subject').getAttribute('aria-invalid')).toBe('true');
  expect(within(step).getByText('Required for this step.')).toBeTruthy();
  expect(within(step).getByText('Unknown merge fields: {{ nickname }}.')).toBeTruthy();
  expect(screen.getByText('The request has invalid fields. See the highlighted fields.')).toBeTruthy();
  // The first field refused has the focus, however far down the form it is.
  expect(document.activeElement).toBe(within(step).getByLabelText('Subject'));
});

test('a merge field goes where the cursor was in the text last edited', () => {
  renderEditor();
  const step = screen.getByRole('listitem', { name: 'Step 1: Send an email' });
  const subject = within(step).getByLabelText('Subject') as HTMLInputElement;
  fireEvent.change(subject, { target: { value: 'Hi there' } });
  subject.setSelectionRange(2, 2);
  fireEvent.focus(subject);
  fireEvent.change(within(step).getByLabelText('Insert a merge field'), { target: { value: 'first_name' } });
  expect(subject.value).toBe('Hi {{ first_name }} there');
  expect((within(step).getByLabelText('Message') as HTMLTextAreaElement).value).toBe('');
});

test('the days a trigger needs are asked for, and a bad webhook JSON never reaches the server', () => {
  renderEditor();
  expect(screen.queryByLabelText('N (days)')).toBeNull();
  fireEvent.change(screen.getByLabelText('Trigger'), { target: { value: 'no_session_in_days' } });
  fireEvent.change(screen.getByLabelText('N (days)'), { target: { value: '14' } });
  fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Win back' } });
  fireEvent.change(screen.getByLabelText('Add a step'), { target: { value: 'wait' } });
  expect(screen.getByRole('listitem', { name: 'Step 2: Wait' })).toBeTruthy();
  fireEvent.submit(screen.getByRole('form', { name: 'Automation' }));
  expect(save.mutate).toHaveBeenCalledTimes(1);
  const { input } = save.mutate.mock.calls[0][0];
  expect(input.trigger_days).toBe(14);
  expect(input.steps).toEqual([
    { type: 'send_email', subject: '', body: '' },
    { type: 'wait', amount: 1, unit: 'days' },
  ]);
});
