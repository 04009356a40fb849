export { AttendeesPage } from './AttendeesPage';
