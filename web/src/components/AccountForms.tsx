// Logging in and signing up as forms, for the account pages and for pages that ask for an account in place (an
// invitation's page): the API's error next to its field, what was typed kept, the button disabled while it works.
import { useState, type FormEvent, type ReactNode } from 'react';
import type { ApiError } from '../lib/api/client';
import { useLogin, useSignup } from '../lib/session';
import { Button } from './Button';
import { TextField } from './Field';
import { FormError, Notice } from './Notice';

export function LoginForm({ initialEmail = '', onLoggedIn, children }: { initialEmail?: string; onLoggedIn: () => void; children?: ReactNode }) {
  const login = useLogin();
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const error = login.error as ApiError | null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ email: email.trim(), password }, { onSuccess: onLoggedIn });
  };
  return (
    <form className="panel" onSubmit={submit} noValidate>
      {error && error.status !== 401 && <FormError error={error} />}
      {error?.status === 401 && <Notice tone="bad">The e-mail or the password is wrong.</Notice>}
      <TextField label="E-mail" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} error={error?.fields.email} />
      <TextField label="Password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} error={error?.fields.password} />
      <Button type="submit" busy={login.isPending}>
        {login.isPending ? 'Logging in…' : 'Log in'}
      </Button>
      {children}
    </form>
  );
}

export function SignupForm({ initialEmail = '', onSignedUp, children }: { initialEmail?: string; onSignedUp: () => void; children?: ReactNode }) {
  const signUp = useSignup();
  const [values, setValues] = useState({ 'first-name': '', 'last-name': '', email: initialEmail, password: '' });
  const set = (name: keyof typeof values) => (event: { target: { value: string } }) => setValues({ ...values, [name]: event.target.value });
  const error = signUp.error as ApiError | null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signUp.mutate(values, { onSuccess: onSignedUp });
  };
  return (
    <form className="panel" onSubmit={submit} noValidate>
      <FormError error={error} />
      <div className="pair">
        <TextField label="First name" autoComplete="given-name" value={values['first-name']} onChange={set('first-name')} error={error?.fields['first-name']} />
        <TextField label="Last name" autoComplete="family-name" value={values['last-name']} onChange={set('last-name')} error={error?.fields['last-name']} />
      </div>
      <TextField label="E-mail" type="email" autoComplete="email" required value={values.email} onChange={set('email')} error={error?.fields.email} />
      <TextField label="Password" type="password" autoComplete="new-password" required hint="At least 8 characters." value={values.password} onChange={set('password')} error={error?.fields.password} />
      <Button type="submit" busy={signUp.isPending}>
        {signUp.isPending ? 'Creating your account…' : 'Create account'}
      </Button>
      {children}
    </form>
  );
}
