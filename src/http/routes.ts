// Every route under /v1, one registration per domain.
import type { FastifyInstance } from 'fastify';
import { attendeeResource } from '../attendees/attendee.resource.js';
import { attendeeRoutes } from '../attendees/attendee.routes.js';
import { authRoutes } from '../auth/auth.routes.js';
import { discountCodeResource } from '../discount-codes/discount-code.resource.js';
import { orderRoutes } from '../orders/order.routes.js';
import { ticketResource } from '../tickets/ticket.resource.js';
import { copyrightResource } from '../copyrights/copyright.resource.js';
import { eventRoutes } from '../events/event.routes.js';
import { changeRoutes } from '../events/change.routes.js';
import { roleResource } from '../roles/role.resource.js';
import { roomResource } from '../rooms/room.resource.js';
import { sessionTypeResource } from '../session-types/session-type.resource.js';
import { sessionResource } from '../sessions/session.resource.js';
import { sessionRoutes } from '../sessions/session.routes.js';
import { socialLinkResource } from '../social-links/social-link.resource.js';
import { speakerResource } from '../speakers/speaker.resource.js';
import { sponsorResource } from '../sponsors/sponsor.resource.js';
import { taxRoutes } from '../taxes/tax.routes.js';
import { taskRoutes } from '../tasks/task.routes.js';
import { siteBuildRoutes } from '../site-builds/site-build.routes.js';
import { scheduleRoutes } from '../exports/schedule.routes.js';
import { statisticsRoutes } from '../statistics/statistics.routes.js';
import { roleInviteRoutes } from '../role-invites/role-invite.routes.js';
import { roleInviteResource } from '../role-invites/role-invite.resource.js';
import { trackResource } from '../tracks/track.resource.js';
import { sessionStateRoutes } from '../sessions/session-states.js';
import { discountCodeRoutes } from '../discount-codes/discount-code.routes.js';
import { userRoutes } from '../users/user.routes.js';
import { favouriteSessionRoutes } from '../favourites/favourite-session.routes.js';
import { favouriteSessionResource } from '../favourites/favourite-session.resource.js';
import { scheduleVersionResource } from '../scheduler/schedule-version.resource.js';
import { schedulerRoutes } from '../scheduler/scheduler.routes.js';
import { registerEventResource } from './jsonapi/resource.routes.js';
import { registerEventLinkageRoutes, registerRelationshipRoutes, registerUserListRoutes } from './jsonapi/relationship.routes.js';
import { getEvent } from '../events/event.service.js';
import { getUser } from '../users/user.service.js';
import type { ResourceDef } from './jsonapi/resource.js';
import { eventResource } from '../events/event.resource.js';
import { accessCodeResource } from '../access-codes/access-code.resource.js';
import { accessCodeRoutes } from '../access-codes/access-code.routes.js';
import { faqResource, faqTypeResource } from '../faqs/faq.resource.js';
import { customFormResource } from '../custom-forms/custom-form.resource.js';
import { userResource } from '../users/user.resource.js';
import { orderResource } from '../orders/order.resource.js';
import { taxResource } from '../taxes/tax.resource.js';

/** Every JSON:API resource type the API serves (the OpenAPI document has a component for each). */
export const ALL_RESOURCES: readonly ResourceDef[] = [
  eventResource,
  userResource,
  taxResource,
  orderResource,
  trackResource,
  roomResource,
  sessionTypeResource,
  speakerResource,
  sessionResource,
  sponsorResource,
  socialLinkResource,
  roleResource,
  roleInviteResource,
  copyrightResource,
  ticketResource,
  discountCodeResource,
  attendeeResource,
  favouriteSessionResource,
  accessCodeResource,
  faqTypeResource,
  faqResource,
  customFormResource,
  scheduleVersionResource,
];

export async function registerRoutes(app: FastifyInstance): Promise<void> {
  await app.register(authRoutes);
  await app.register(userRoutes);
  await app.register(eventRoutes);
  await app.register(changeRoutes);
  await app.register(taxRoutes);
  await app.register(orderRoutes);
  await app.register(attendeeRoutes);
  await app.register(sessionRoutes);
  await app.register(taskRoutes);
  await app.register(siteBuildRoutes);
  await app.register(scheduleRoutes);
  await app.register(favouriteSessionRoutes);
  await app.register(statisticsRoutes);
  await app.register(roleInviteRoutes);
  await app.register(accessCodeRoutes);
  await app.register(schedulerRoutes);
  await app.register(sessionStateRoutes);
  await app.register(discountCodeRoutes);
  await app.register(async (scoped) => {
    for (const def of [trackResource, roomResource, sessionTypeResource, speakerResource, sponsorResource, socialLinkResource, roleResource]) {
      registerEventResource(scoped, def);
    }
    registerEventResource(scoped, sessionResource, { list: false });
    registerEventResource(scoped, copyrightResource, { singular: 'event-copyright' });
    registerEventResource(scoped, ticketResource);
    registerEventResource(scoped, discountCodeResource);
    registerEventResource(scoped, accessCodeResource);
    registerEventResource(scoped, faqTypeResource);
    registerEventResource(scoped, faqResource);
    registerEventResource(scoped, customFormResource);
    registerEventResource(scoped, attendeeResource, { create: false, list: false });
  });
  // Last, so the routes the domains serve themselves win.
  registerUserListRoutes(app, [orderResource, speakerResource]);
  registerEventLinkageRoutes(app, eventResource);
  registerRelationshipRoutes(
    app,
    [trackResource, roomResource, sessionTypeResource, speakerResource, sessionResource, sponsorResource, socialLinkResource, roleResource, copyrightResource, taxResource, ticketResource, discountCodeResource, accessCodeResource, faqTypeResource, faqResource, customFormResource, attendeeResource, orderResource, roleInviteResource],
    {
      readers: new Map([
        [eventResource, (db, access, id, query) => getEvent(db, access, String(id), query)],
        [userResource, (db, access, id, query) => getUser(db, access, id, query)],
      ]),
      aliases: new Map([[taxResource, ['tax']]]),
    },
  );
}
