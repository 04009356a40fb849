// Every page and the area (chunk) it loads from. A feature's pages are loaded when first visited.
import { createBrowserRouter, Navigate, type LoaderFunction, type RouteObject } from 'react-router';
import { queryClient } from '../lib/query';
import { sessionQuery } from '../lib/session';
import { SiteLayout } from './SiteLayout';
import { NotFound, RouteError } from './NotFound';
import { Loading } from '../components/States';

const accounts = () => import('../features/accounts');
const discover = () => import('../features/discover');
const dashboard = () => import('../features/dashboard');
const generator = () => import('../features/generator');
const eventPage = () => import('../features/event-page');
const myTickets = () => import('../features/my-tickets');
const orders = () => import('../features/orders');
const attendees = () => import('../features/attendees');
const exportsArea = () => import('../features/exports');
const tickets = () => import('../features/tickets');
const team = () => import('../features/team');
const program = () => import('../features/program');
const forms = () => import('../features/forms');
const scheduler = () => import('../features/scheduler');

type Module = Record<string, unknown>;
/**
 * A lazily loaded page: `page(area, 'LoginPage')`, with the area's loader of that name if given: it starts the
 * page's requests as soon as its code has arrived, in parallel with the frames around it.
 */
const page = (area: () => Promise<Module>, name: string, loader?: string): Pick<RouteObject, 'lazy'> => ({
  lazy: async () => {
    const module = await area();
    return { Component: module[name] as React.ComponentType, ...(loader ? { loader: module[loader] as LoaderFunction } : {}) };
  },
});

export const routes: RouteObject[] = [
  {
    element: <SiteLayout />,
    errorElement: <RouteError />,
    // Who is logged in is asked for at once, with the page's code.
    loader: () => (void queryClient.prefetchQuery(sessionQuery), null),
    hydrateFallbackElement: <Loading />,
    children: [
      { index: true, ...page(discover, 'HomePage') },
      { path: 'login', ...page(accounts, 'LoginPage') },
      { path: 'signup', ...page(accounts, 'SignupPage') },
      { path: 'forgot-password', ...page(accounts, 'ForgotPasswordPage') },
      { path: 'reset-password', ...page(accounts, 'ResetPasswordPage') },
      { path: 'account', ...page(accounts, 'AccountPage') },
      { path: 'generator', ...page(generator, 'GeneratorPage') },
      { path: 'manage-events', ...page(discover, 'ManageEventsPage') },
      { path: 'my-tickets', ...page(myTickets, 'MyTicketsPage') },
      { path: 'e/:eventKey', ...page(eventPage, 'EventPage') },
      { path: 'e/:eventKey/schedule', ...page(eventPage, 'SchedulePage') },
      { path: 'e/:eventKey/order/:identifier', ...page(eventPage, 'CheckoutPage') },
      { path: 'events', ...page(dashboard, 'EventsPage') },
      { path: 'events/new', ...page(dashboard, 'CreateEventPage') },
      { path: 'invites/:token', ...page(team, 'InvitePage') },
      {
        path: 'events/:eventKey',
        ...page(dashboard, 'EventLayout', 'eventLoader'),
        children: [
          { index: true, ...page(dashboard, 'OverviewPage') },
          { path: 'edit', ...page(dashboard, 'EditEventPage') },
          { path: 'orders', element: <Navigate to="completed" replace /> },
          { path: 'orders/:status', ...page(orders, 'OrdersPage', 'ordersLoader') },
          { path: 'orders/:status/:identifier', ...page(orders, 'OrderPage') },
          { path: 'attendees', element: <Navigate to="all" replace /> },
          { path: 'attendees/:status', ...page(attendees, 'AttendeesPage', 'attendeesLoader') },
          { path: 'exports', ...page(exportsArea, 'ExportsPage') },
          { path: 'tickets', ...page(tickets, 'TicketsPage') },
          { path: 'tickets/new', ...page(tickets, 'TicketFormPage') },
          { path: 'tickets/:ticketId', ...page(tickets, 'TicketFormPage') },
          { path: 'discount-codes', ...page(tickets, 'DiscountCodesPage') },
          { path: 'discount-codes/new', ...page(tickets, 'DiscountCodeFormPage') },
          { path: 'discount-codes/:codeId', ...page(tickets, 'DiscountCodeFormPage') },
          { path: 'access-codes', ...page(tickets, 'AccessCodesPage') },
          { path: 'access-codes/new', ...page(tickets, 'AccessCodeFormPage') },
          { path: 'access-codes/:codeId', ...page(tickets, 'AccessCodeFormPage') },
          { path: 'tax', ...page(tickets, 'TaxPage') },
          { path: 'faqs', ...page(forms, 'FaqsPage') },
          { path: 'attendee-form', ...page(forms, 'AttendeeFormPage') },
          { path: 'team', ...page(team, 'TeamPage') },
          { path: 'sessions', element: <Navigate to="all" replace /> },
          { path: 'sessions/new', ...page(program, 'SessionFormPage') },
          { path: 'sessions/:status', ...page(program, 'SessionsPage', 'sessionsLoader') },
          { path: 'sessions/:status/:sessionId', ...page(program, 'SessionFormPage') },
          { path: 'speakers', ...page(program, 'SpeakersPage') },
          { path: 'speakers/new', ...page(program, 'SpeakerFormPage') },
          { path: 'speakers/:speakerId', ...page(program, 'SpeakerFormPage') },
          { path: 'tracks', ...page(program, 'TracksPage') },
          { path: 'rooms', ...page(program, 'RoomsPage') },
          { path: 'session-types', ...page(program, 'SessionTypesPage') },
          { path: 'scheduler', ...page(scheduler, 'SchedulerPage') },
          { path: 'scheduler/changes', ...page(scheduler, 'ScheduleChangesPage') },
          { path: 'scheduler/versions', ...page(scheduler, 'ScheduleVersionsPage') },
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export const router = createBrowserRouter(routes);
