// Create an account (POST /v1/users), log in with it, and go on where the person was going.
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Button } from '../../components/Button';
import { TextField } from '../../components/Field';
import { FormError } from '../../components/Notice';
import { Page } from '../../components/Page';
import { api, resourceDocument, unwrap, type ApiError } from '../../lib/api/client';
import { safeNext, useLogin } from '../../lib/session';

export function SignupPage() {
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const login = useLogin();
  const [values, setValues] = useState({ 'first-name': '', 'last-name': '', email: params.get('email') ?? '', password: '' });
  const set = (name: keyof typeof values) => (event: { target: { value: string } }) => setValues({ ...values, [name]: event.target.value });
  const signUp = useMutation({
    mutationFn: async () => {
      const attributes = { ...values, email: values.email.trim(), 'first-name': values['first-name'].trim() || null, 'last-name': values['last-name'].trim() || null };
      await unwrap(api.POST('/v1/users', { body: resourceDocument('user', attributes) as never }));
      await login.mutateAsync({ email: attributes.email, password: values.password });
    },
    onSuccess: () => navigate(next, { replace: true }),
  });
  const error = signUp.error as ApiError | null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signUp.mutate();
  };
  const query = params.get('next') ? `?next=${encodeURIComponent(params.get('next')!)}` : '';
  return (
    <Page title="Sign up" lede="One account to buy tickets and to run events." width="narrow">
      <form className="panel" onSubmit={submit} noValidate>
        <FormError error={error} />
        <div className="pair">
          <TextField label="First name" autoComplete="given-name" value={values['first-name']} onChange={set('first-name')} error={error?.fields['first-name']} />
          <TextField label="Last name" autoComplete="family-name" value={values['last-name']} onChange={set('last-name')} error={error?.fields['last-name']} />
        </div>
        <TextField label="E-mail" type="email" autoComplete="email" required value={values.email} onChange={set('email')} error={error?.fields.email} />
        <TextField
          label="Password"
          type="password"
          autoComplete="new-password"
          required
          hint="At least 8 characters."
          value={values.password}
          onChange={set('password')}
          error={error?.fields.password}
        />
        <Button type="submit" busy={signUp.isPending}>
          {signUp.isPending ? 'Creating your account…' : 'Create account'}
        </Button>
        <p className="form-links">
          Already have an account? <Link to={`/login${query}`}>Log in</Link>
        </p>
      </form>
    </Page>
  );
}
