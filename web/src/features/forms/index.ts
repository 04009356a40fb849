export { FaqsPage } from './FaqsPage';
export { AttendeeFormPage } from './AttendeeFormPage';
