// The logged-in person's account: their name, and changing the password.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Button } from '../../components/Button';
import { TextField } from '../../components/Field';
import { FormError, Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { Loading } from '../../components/States';
import { api, resourceDocument, unwrap, type ApiError } from '../../lib/api/client';
import { SESSION_KEY, useRequireLogin } from '../../lib/session';

export function AccountPage() {
  const user = useRequireLogin();
  const client = useQueryClient();
  const [names, setNames] = useState({ 'first-name': '', 'last-name': '', 'public-name': '' });
  useEffect(() => {
    if (user) setNames({ 'first-name': user['first-name'] ?? '', 'last-name': user['last-name'] ?? '', 'public-name': user['public-name'] ?? '' });
  }, [user]);
  const saveNames = useMutation({
    mutationFn: () =>
      unwrap(
        api.PATCH('/v1/users/{id}', {
          params: { path: { id: user!.id } },
          body: resourceDocument('user', { 'first-name': names['first-name'] || null, 'last-name': names['last-name'] || null, 'public-name': names['public-name'] || null }, {}, user!.id) as never,
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: SESSION_KEY }),
  });
  const [passwords, setPasswords] = useState({ old: '', next: '' });
  const change = useMutation({
    mutationFn: () => unwrap(api.POST('/v1/auth/change-password', { body: { data: { 'old-password': passwords.old, 'new-password': passwords.next } } })),
    onSuccess: () => setPasswords({ old: '', next: '' }),
  });
  if (!user) return <Loading />;
  const nameError = saveNames.error as ApiError | null;
  const passwordError = change.error as ApiError | null;
  return (
    <Page title="Your account" lede={user.email}>
      <div className="columns-2">
        <form
          className="panel"
          noValidate
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            saveNames.mutate();
          }}
        >
          <h2>Name</h2>
          <FormError error={nameError} />
          {saveNames.isSuccess && <Notice tone="ok">Saved.</Notice>}
          <TextField label="First name" autoComplete="given-name" value={names['first-name']} onChange={(e) => setNames({ ...names, 'first-name': e.target.value })} error={nameError?.fields['first-name']} />
          <TextField label="Last name" autoComplete="family-name" value={names['last-name']} onChange={(e) => setNames({ ...names, 'last-name': e.target.value })} error={nameError?.fields['last-name']} />
          <TextField label="Public name" hint="Shown instead of your full name where others see you." value={names['public-name']} onChange={(e) => setNames({ ...names, 'public-name': e.target.value })} error={nameError?.fields['public-name']} />
          <Button type="submit" busy={saveNames.isPending}>
            Save
          </Button>
        </form>
        <form
          className="panel"
          noValidate
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            change.mutate();
          }}
        >
          <h2>Password</h2>
          <FormError error={passwordError} />
          {change.isSuccess && <Notice tone="ok">Your password is changed. Your other devices were logged out.</Notice>}
          <TextField label="Current password" type="password" autoComplete="current-password" value={passwords.old} onChange={(e) => setPasswords({ ...passwords, old: e.target.value })} error={passwordError?.fields['old-password']} />
          <TextField label="New password" type="password" autoComplete="new-password" hint="At least 8 characters." value={passwords.next} onChange={(e) => setPasswords({ ...passwords, next: e.target.value })} error={passwordError?.fields['new-password']} />
          <Button type="submit" busy={change.isPending}>
            Change password
          </Button>
        </form>
      </div>
    </Page>
  );
}
