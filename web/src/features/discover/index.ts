export { HomePage } from './HomePage';
export { ManageEventsPage } from './ManageEventsPage';
