// "Forgot your password?": ask for a link by mail; the link's page sets the new password.
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button } from '../../components/Button';
import { TextField } from '../../components/Field';
import { FormError, Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { api, unwrap, type ApiError } from '../../lib/api/client';

export function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const ask = useMutation({ mutationFn: () => unwrap(api.POST('/v1/auth/reset-password', { body: { data: { email: email.trim() } } })) });
  const error = ask.error as ApiError | null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    ask.mutate();
  };
  return (
    <Page title="Forgot your password?" lede="We mail you a link to choose a new one. It works for an hour." width="narrow">
      {ask.isSuccess ? (
        <Notice tone="ok" title="Check your mail">
          <p>If {email.trim()} has a Convene account, a link to set a new password is on its way.</p>
        </Notice>
      ) : (
        <form className="panel" onSubmit={submit} noValidate>
          <FormError error={error} />
          <TextField label="E-mail of your account" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} error={error?.fields.email} />
          <Button type="submit" busy={ask.isPending}>
            Send the link
          </Button>
        </form>
      )}
      <p>
        <Link to="/login">Back to log in</Link>
      </p>
    </Page>
  );
}

export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const reset = useMutation({ mutationFn: () => unwrap(api.PATCH('/v1/auth/reset-password', { body: { data: { token, password } } })) });
  const error = reset.error as ApiError | null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reset.mutate();
  };
  if (reset.isSuccess) {
    return (
      <Page title="Your password is set" width="narrow">
        <Notice tone="ok">
          <p>
            You can <Link to="/login">log in</Link> with it now. Other devices were logged out.
          </p>
        </Notice>
      </Page>
    );
  }
  return (
    <Page title="Choose a new password" width="narrow">
      {!token && <Notice tone="bad">This address has no reset token. Open the link from the mail again, or ask for a new one.</Notice>}
      <form className="panel" onSubmit={submit} noValidate>
        <FormError error={error?.fields.token ? null : error} />
        {error?.fields.token && (
          <Notice tone="bad">
            <p>
              {error.fields.token} <Link to="/forgot-password">Ask for a new link</Link>.
            </p>
          </Notice>
        )}
        <TextField label="New password" type="password" autoComplete="new-password" hint="At least 8 characters." value={password} onChange={(e) => setPassword(e.target.value)} error={error?.fields.password} />
        <Button type="submit" busy={reset.isPending} disabled={!token}>
          Set the password
        </Button>
      </form>
    </Page>
  );
}
