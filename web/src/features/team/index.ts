export { TeamPage } from './TeamPage';
export { InvitePage } from './InvitePage';
