export { EventPage } from './EventPage';
export { SchedulePage } from './SchedulePage';
