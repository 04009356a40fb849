// Create an account (POST /v1/users), log in with it, and go on where the person was going.
import { Link, useNavigate, useSearchParams } from 'react-router';
import { SignupForm } from '../../components/AccountForms';
import { Page } from '../../components/Page';
import { safeNext } from '../../lib/session';

export function SignupPage() {
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const query = params.get('next') ? `?next=${encodeURIComponent(params.get('next')!)}` : '';
  return (
    <Page title="Sign up" lede="One account to buy tickets and to run events." width="narrow">
      <SignupForm initialEmail={params.get('email') ?? ''} onSignedUp={() => navigate(next, { replace: true })}>
        <p className="form-links">
          Already have an account? <Link to={`/login${query}`}>Log in</Link>
        </p>
      </SignupForm>
    </Page>
  );
}
