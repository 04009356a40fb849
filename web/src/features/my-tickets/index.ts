export { MyTicketsPage } from './MyTicketsPage';
