export { SchedulerPage } from './SchedulerPage';
export { ScheduleChangesPage, ScheduleVersionsPage } from './VersionsPages';
