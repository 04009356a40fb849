// Log in or sign up without leaving the page (the event page's "Order now"): on success the page goes on with
// what the person was doing.
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api, resourceDocument, unwrap, type ApiError } from '../lib/api/client';
import { useLogin } from '../lib/session';
import { Button } from './Button';
import { TextField } from './Field';
import { FormError, Notice } from './Notice';

export function InlineAuth({ title, onDone }: { title: string; onDone: () => void }) {
  const [mode, setMode] = useState<'login' | 'signup'>('login');
  const [values, setValues] = useState({ email: '', password: '', 'first-name': '', 'last-name': '' });
  const login = useLogin();
  const signup = useMutation({
    mutationFn: async () => {
      await unwrap(
        api.POST('/v1/users', {
          body: resourceDocument('user', { email: values.email.trim(), password: values.password, 'first-name': values['first-name'].trim() || null, 'last-name': values['last-name'].trim() || null }) as never,
        }),
      );
      await login.mutateAsync({ email: values.email.trim(), password: values.password });
    },
  });
  const error = (mode === 'login' ? login.error : signup.error) as ApiError | null;
  const set = (name: keyof typeof values) => (event: { target: { value: string } }) => setValues({ ...values, [name]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mode === 'login') login.mutate({ email: values.email.trim(), password: values.password }, { onSuccess: onDone });
    else signup.mutate(undefined, { onSuccess: onDone });
  };
  return (
    <form className="panel inline-auth" onSubmit={submit} noValidate aria-labelledby="inline-auth-title">
      <h3 id="inline-auth-title">{title}</h3>
      {mode === 'login' && error?.status === 401 ? <Notice tone="bad">The e-mail or the password is wrong.</Notice> : <FormError error={error} />}
      {mode === 'signup' && (
        <div className="pair">
          <TextField label="First name" autoComplete="given-name" value={values['first-name']} onChange={set('first-name')} error={error?.fields['first-name']} />
          <TextField label="Last name" autoComplete="family-name" value={values['last-name']} onChange={set('last-name')} error={error?.fields['last-name']} />
        </div>
      )}
      <TextField label="E-mail" type="email" autoComplete={mode === 'login' ? 'username' : 'email'} value={values.email} onChange={set('email')} error={error?.fields.email} />
      <TextField
        label="Password"
        type="password"
        autoComplete={mode === 'login' ? 'current-password' : 'new-password'}
        hint={mode === 'signup' ? 'At least 8 characters.' : undefined}
        value={values.password}
        onChange={set('password')}
        error={error?.fields.password}
      />
      <div className="inline-auth-actions">
        <Button type="submit" busy={login.isPending || signup.isPending}>
          {mode === 'login' ? 'Log in and go on' : 'Sign up and go on'}
        </Button>
        <button type="button" className="link-button" onClick={() => setMode(mode === 'login' ? 'signup' : 'login')}>
          {mode === 'login' ? 'New here? Sign up instead' : 'Have an account? Log in instead'}
        </button>
      </div>
      {mode === 'login' && (
        <p className="form-links">
          <Link to="/forgot-password">Forgot your password?</Link>
        </p>
      )}
    </form>
  );
}
