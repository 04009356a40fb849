// /invites/<token>: the page an invitation mail links to. It says which event and role, lets the person log in or
// sign up in place with the invited address, then accept (and go to the event) or decline; a withdrawn, answered
// or replaced link says so.
import { useNavigate, useParams } from 'react-router';
import { LoginForm, SignupForm } from '../../components/AccountForms';
import { Button } from '../../components/Button';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { LoadError, Loading } from '../../components/States';
import type { ApiError } from '../../lib/api/client';
import { formatRange } from '../../lib/format';
import { displayName, useLogout, useSession } from '../../lib/session';
import { useQueryParam } from '../../lib/url-state';
import { roleLabel, useAnswerInvitation, useInvitation } from './api';
import './team.css';

export function InvitePage() {
  const { token = '' } = useParams();
  const invitation = useInvitation(token);
  const { user, loading } = useSession();
  const logout = useLogout();
  const answer = useAnswerInvitation(token);
  const navigate = useNavigate();
  const [form, setForm] = useQueryParam('with');

  if (invitation.isPending || loading) {
    return (
      <Page title="Invitation" width="narrow">
        <Loading label="Reading the invitation…" />
      </Page>
    );
  }
  if (invitation.error) {
    const missing = (invitation.error as ApiError).status === 404;
    return (
      <Page title="Invitation" width="narrow">
        {missing ? (
          <Notice tone="warn" title="This link does not work">
            <p>It may have been replaced by a newer invitation mail. Ask the event team to send it again.</p>
          </Notice>
        ) : (
          <LoadError error={invitation.error} onRetry={() => void invitation.refetch()} />
        )}
      </Page>
    );
  }

  const invite = invitation.data;
  const event = invite.event;
  const role = roleLabel(invite.role).toLowerCase();
  const title = `Join the team of ${event.name}`;
  const dates = formatRange(event['starts-at'], event['ends-at'], event.timezone);
  const intro = (
    <p className="invite-intro">
      You are invited as <strong>{role}</strong> of <strong>{event.name}</strong> ({dates}). The invitation was sent to <strong>{invite.email}</strong>.
    </p>
  );

  if (invite.status !== 'pending' || answer.isSuccess) {
    const status = answer.data?.status ?? invite.status;
    return (
      <Page title={title} width="narrow">
        {status === 'accepted' && (
          <Notice tone="ok" title="Accepted">
            <p>This invitation was accepted.</p>
            {user && user.email.toLowerCase() === invite.email.toLowerCase() && (
              <Button onClick={() => navigate(`/events/${event.identifier}`)}>Go to the event</Button>
            )}
          </Notice>
        )}
        {status === 'declined' && <Notice title="Declined">This invitation was declined. Nothing changes on the event.</Notice>}
        {status === 'withdrawn' && <Notice tone="warn" title="Withdrawn">The event team withdrew this invitation. Ask them for a new one if you expected it.</Notice>}
      </Page>
    );
  }

  const decline = (
    <Button variant="quiet" busy={answer.isPending && answer.variables === 'decline'} onClick={() => answer.mutate('decline')}>
      Decline
    </Button>
  );

  if (!user) {
    const signUp = form ? form === 'signup' : !invite['has-account'];
    return (
      <Page title={title} width="narrow">
        {intro}
        <p>{invite['has-account'] ? 'Log in with that address to accept.' : 'Create an account with that address to accept, or log in if you have one.'}</p>
        <div className="form-switch" role="group" aria-label="Log in or sign up">
          <Button variant={signUp ? 'quiet' : 'secondary'} aria-pressed={!signUp} onClick={() => setForm('login')}>
            Log in
          </Button>
          <Button variant={signUp ? 'secondary' : 'quiet'} aria-pressed={signUp} onClick={() => setForm('signup')}>
            Sign up
          </Button>
        </div>
        {signUp ? <SignupForm key="signup" initialEmail={invite.email} onSignedUp={() => undefined} /> : <LoginForm key="login" initialEmail={invite.email} onLoggedIn={() => undefined} />}
        <div className="invite-decline">
          <p>Not for you? You can say no without an account.</p>
          {decline}
          {answer.error && <Notice tone="bad">{answer.error.message}</Notice>}
        </div>
      </Page>
    );
  }

  const rightAccount = user.email.toLowerCase() === invite.email.toLowerCase();
  return (
    <Page title={title} width="narrow">
      {intro}
      {rightAccount ? (
        <div className="panel invite-answer">
          <p>
            You are logged in as {displayName(user)} ({user.email}).
          </p>
          {answer.error && <Notice tone="bad">{answer.error.message}</Notice>}
          <div className="form-actions">
            <Button
              busy={answer.isPending && answer.variables === 'accept'}
              disabled={answer.isPending}
              onClick={() => answer.mutate('accept', { onSuccess: () => navigate(`/events/${event.identifier}`) })}
            >
              Accept and join
            </Button>
            {decline}
          </div>
        </div>
      ) : (
        <Notice tone="warn" title="Another account">
          <p>
            You are logged in as {user.email}, but this invitation is for {invite.email}. Log out, then log in or sign up with {invite.email} to accept it.
          </p>
          <Button variant="secondary" busy={logout.isPending} onClick={() => logout.mutate()}>
            Log out
          </Button>
        </Notice>
      )}
    </Page>
  );
}
