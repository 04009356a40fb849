// Log in, then back to where the person was (?next=), or to their events.
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { Button } from '../../components/Button';
import { TextField } from '../../components/Field';
import { FormError, Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import type { ApiError } from '../../lib/api/client';
import { safeNext, useLogin } from '../../lib/session';

export function LoginPage() {
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const expired = Boolean((useLocation().state as { expired?: boolean } | null)?.expired);
  const navigate = useNavigate();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const error = login.error as ApiError | null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ email: email.trim(), password }, { onSuccess: () => navigate(next, { replace: true }) });
  };
  const query = params.get('next') ? `?next=${encodeURIComponent(params.get('next')!)}` : '';
  return (
    <Page title="Log in" width="narrow">
      {expired && <Notice tone="warn">Your login has expired. Log in again to go on where you were.</Notice>}
      <form className="panel" onSubmit={submit} noValidate>
        {error && error.status !== 401 && <FormError error={error} />}
        {error?.status === 401 && <Notice tone="bad">The e-mail or the password is wrong.</Notice>}
        <TextField label="E-mail" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} error={error?.fields.email} />
        <TextField label="Password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} error={error?.fields.password} />
        <Button type="submit" busy={login.isPending}>
          {login.isPending ? 'Logging in…' : 'Log in'}
        </Button>
        <p className="form-links">
          <Link to="/forgot-password">Forgot your password?</Link> · No account yet? <Link to={`/signup${query}`}>Sign up</Link>
        </p>
      </form>
    </Page>
  );
}
