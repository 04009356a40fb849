// Log in, then back to where the person was (?next=), or to their events.
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { LoginForm } from '../../components/AccountForms';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { safeNext } from '../../lib/session';

export function LoginPage() {
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const expired = Boolean((useLocation().state as { expired?: boolean } | null)?.expired);
  const navigate = useNavigate();
  const query = params.get('next') ? `?next=${encodeURIComponent(params.get('next')!)}` : '';
  return (
    <Page title="Log in" width="narrow">
      {expired && <Notice tone="warn">Your login has expired. Log in again to go on where you were.</Notice>}
      <LoginForm onLoggedIn={() => navigate(next, { replace: true })}>
        <p className="form-links">
          <Link to="/forgot-password">Forgot your password?</Link> · No account yet? <Link to={`/signup${query}`}>Sign up</Link>
        </p>
      </LoginForm>
    </Page>
  );
}
