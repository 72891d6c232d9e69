import { expect, test } from 'vitest';
import { invitationRole, invitationTimes } from '@/features/auth/components/invitation-summary';

test('a role reads as a word, with the profile the account will be linked to', () => {
  expect(invitationRole({ role: 'trainer', profile_name: 'Jane Doe' })).toBe('Trainer, as Jane Doe');
  expect(invitationRole({ role: 'admin', profile_name: null })).toBe('Admin');
});

test('times are shown in the viewer’s zone, never as ISO strings, with who sent it', () => {
  const text = invitationTimes(
    { invited_by_name: 'Olivia Owner', created_at: '2030-03-01T23:30:00+00:00', expires_at: '2030-03-04T23:30:00+00:00' },
    'Asia/Tokyo',
  );
  expect(text).toContain('by Olivia Owner');
  expect(text).toMatch(/Mar 2, 2030/);
  expect(text).toMatch(/Mar 5, 2030/);
  expect(text).not.toContain('T23:30');
});

test('an invitation whose sender was removed still reads as a sentence', () => {
  expect(invitationTimes({ invited_by_name: null, created_at: '2030-03-01T10:00:00Z', expires_at: '2030-03-04T10:00:00Z' }, 'UTC')).toMatch(/^Sent .* · expires /);
});
