// Every page and the area (chunk) it loads from. A feature's pages are loaded when first visited.
import { createBrowserRouter, type RouteObject } from 'react-router';
import { SiteLayout } from './SiteLayout';
import { NotFound, RouteError } from './NotFound';
import { Loading } from '../components/States';

const accounts = () => import('../features/accounts');
const discover = () => import('../features/discover');
const dashboard = () => import('../features/dashboard');
const generator = () => import('../features/generator');
const tickets = () => import('../features/tickets');
const team = () => import('../features/team');

type Module = Record<string, unknown>;
/** A lazily loaded page: `page(area, 'LoginPage')`. */
const page = (area: () => Promise<Module>, name: string): Pick<RouteObject, 'lazy'> => ({
  lazy: async () => ({ Component: (await area())[name] as React.ComponentType }),
});

export const routes: RouteObject[] = [
  {
    element: <SiteLayout />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <Loading />,
    children: [
      { index: true, ...page(discover, 'HomePage') },
      { path: 'login', ...page(accounts, 'LoginPage') },
      { path: 'signup', ...page(accounts, 'SignupPage') },
      { path: 'forgot-password', ...page(accounts, 'ForgotPasswordPage') },
      { path: 'reset-password', ...page(accounts, 'ResetPasswordPage') },
      { path: 'account', ...page(accounts, 'AccountPage') },
      { path: 'generator', ...page(generator, 'GeneratorPage') },
      { path: 'events', ...page(dashboard, 'EventsPage') },
      { path: 'events/new', ...page(dashboard, 'CreateEventPage') },
      { path: 'invites/:token', ...page(team, 'InvitePage') },
      {
        path: 'events/:eventKey',
        ...page(dashboard, 'EventLayout'),
        children: [
          { index: true, ...page(dashboard, 'OverviewPage') },
          { path: 'edit', ...page(dashboard, 'EditEventPage') },
          { path: 'tickets', ...page(tickets, 'TicketsPage') },
          { path: 'tickets/new', ...page(tickets, 'TicketFormPage') },
          { path: 'tickets/:ticketId', ...page(tickets, 'TicketFormPage') },
          { path: 'discount-codes', ...page(tickets, 'DiscountCodesPage') },
          { path: 'discount-codes/new', ...page(tickets, 'DiscountCodeFormPage') },
          { path: 'discount-codes/:codeId', ...page(tickets, 'DiscountCodeFormPage') },
          { path: 'tax', ...page(tickets, 'TaxPage') },
          { path: 'team', ...page(team, 'TeamPage') },
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export const router = createBrowserRouter(routes);
