export { EventsPage } from './EventsPage';
export { CreateEventPage, EditEventPage } from './EventFormPages';
export { EventLayout } from './EventLayout';
export { OverviewPage } from './OverviewPage';
export { eventLoader } from './api';
