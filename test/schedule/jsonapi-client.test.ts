// Our documents read by an independent JSON:API client (the `jsonapi-serializer` package's Deserializer):
// attributes, ids, included resources resolved through relationship linkage, and private fields only for
// the callers who may see them.
// @ts-ignore -- the package ships no type declarations; the shape used here is declared below.
import JSONAPISerializer from 'jsonapi-serializer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../support/app.js';
import { Api, make, makeEvent, makeUser, ref, type TestEvent, type TestUser } from '../support/client.js';

type Plain = Record<string, any>;
const { Deserializer } = JSONAPISerializer as {
  Deserializer: new (options: { keyForAttribute: string }) => { deserialize(document: unknown): Promise<Plain | Plain[]> };
};

let t: TestApp;
let owner: TestUser;
let event: TestEvent;
const ids: Record<string, string> = {};

function deserialize(document: unknown) {
  return new Deserializer({ keyForAttribute: 'camelCase' }).deserialize(document);
}

beforeAll(async () => {
  t = await makeTestApp();
  owner = await makeUser(t.app);
  event = await makeEvent(t.app, owner, {
    name: 'FOSSASIA Summit 2030',
    'starts-at': '2030-03-01T01:00:00Z',
    'ends-at': '2030-03-03T10:00:00Z',
    timezone: 'Asia/Singapore',
    'location-name': 'Lifelong Learning Institute',
    latitude: 1.3187,
    longitude: 103.8931,
    description: 'Open technologies in Asia',
    'payment-currency': 'SGD',
    'is-tax-enabled': true,
  });
  ids.web = await make(t.app, owner, event, 'track', 'tracks', { name: 'Web', color: '#ffee00', description: 'The open web' });
  ids.hall = await make(t.app, owner, event, 'microlocation', 'microlocations', { name: 'Hall A', floor: 2, room: 'A-201' });
  ids.ana = await make(t.app, owner, event, 'speaker', 'speakers', {
    name: 'Ana Speaker',
    email: 'ana@example.org',
    mobile: '+65 1234 5678',
    organisation: 'Open Tech',
    'short-biography': 'Builds servers',
  });
  ids.ben = await make(t.app, owner, event, 'speaker', 'speakers', { name: 'Ben Speaker', country: 'Vietnam' });
  ids.panel = await make(
    t.app,
    owner,
    event,
    'session',
    'sessions',
    { title: 'Panel', state: 'accepted', level: 'Beginner', 'starts-at': '2030-03-01T02:00:00Z', 'ends-at': '2030-03-01T03:00:00Z' },
    { track: ref('track', ids.web), microlocation: ref('microlocation', ids.hall), speakers: [ref('speaker', ids.ben), ref('speaker', ids.ana)] },
  );
  ids.solo = await make(
    t.app,
    owner,
    event,
    'session',
    'sessions',
    { title: 'Untracked', state: 'confirmed', 'starts-at': '2030-03-02T02:00:00Z', 'ends-at': '2030-03-02T02:30:00Z' },
    {},
  );
  ids.tax = await make(t.app, owner, event, 'tax', 'taxes', {
    name: 'GST',
    rate: 9,
    'is-tax-included-in-price': true,
    'tax-id': 'SG-123',
    'registered-company': 'Summit Pte Ltd',
    'should-send-invoice': true,
  });
});
afterAll(async () => t.close());

describe('read by jsonapi-serializer', () => {
  it('reads the event document', async () => {
    const response = await new Api(t.app).get(`/v1/events/${event.identifier}`);

    const read = await deserialize(response.body);

    expect(read).toEqual({
      id: event.id,
      identifier: event.identifier,
      name: 'FOSSASIA Summit 2030',
      startsAt: '2030-03-01T01:00:00.000Z',
      endsAt: '2030-03-03T10:00:00.000Z',
      timezone: 'Asia/Singapore',
      state: 'published',
      privacy: 'public',
      online: false,
      locationName: 'Lifelong Learning Institute',
      searchableLocationName: null,
      latitude: 1.3187,
      longitude: 103.8931,
      description: 'Open technologies in Asia',
      afterOrderMessage: null,
      codeOfConduct: null,
      refundPolicy: null,
      ownerName: null,
      ownerDescription: null,
      externalEventUrl: null,
      ticketUrl: null,
      logoUrl: null,
      originalImageUrl: null,
      paymentCurrency: 'SGD',
      paymentCountry: null,
      isTaxEnabled: true,
      isTicketingEnabled: false,
      isSessionsSpeakersEnabled: false,
      isBillingInfoMandatory: false,
      schedulePublishedOn: null,
      // The offline payment methods (every one taken by test events) and the original's other settings.
      canPayByBank: true,
      bankDetails: null,
      canPayByCheque: true,
      chequeDetails: null,
      canPayOnsite: true,
      onsiteDetails: null,
      canPayByInvoice: true,
      invoiceDetails: null,
      isMapShown: false,
      isSponsorsEnabled: false,
      hasOwnerInfo: false,
      thumbnailImageUrl: null,
      largeImageUrl: null,
      iconImageUrl: null,
      canPayByPaypal: false,
      canPayByStripe: false,
      canPayByOmise: false,
      isStripeLinked: false,
      paypalEmail: null,
      pentabarfUrl: null,
      icalUrl: null,
      xcalUrl: null,
      deletedAt: null,
      createdAt: response.body.data.attributes['created-at'],
      // The Deserializer copies the document's top-level links onto each top-level record.
      links: { self: `/v1/events/${event.id}` },
    });
  });

  it('reads sessions with their speakers, track and room resolved from included', async () => {
    const response = await new Api(t.app).get(`/v1/events/${event.id}/sessions?include=speakers,track,microlocation`);
    const created = (type: string, id: string) =>
      response.body.included.find((r: { type: string; id: string }) => r.type === type && r.id === id).attributes['created-at'];
    const speaker = (id: string, name: string, extra: Plain = {}) => ({
      id,
      name,
      photoUrl: null,
      shortBiography: null,
      longBiography: null,
      speakingExperience: null,
      organisation: null,
      position: null,
      country: null,
      city: null,
      gender: null,
      website: null,
      twitter: null,
      facebook: null,
      github: null,
      linkedin: null,
      instagram: null,
      mastodon: null,
      isFeatured: false,
      createdAt: created('speaker', id),
      isEmailOverridden: false,
      sponsorshipRequired: null,
      heardFrom: null,
      deletedAt: null,
      user: null,
      ...extra,
    });
    const session = (id: string, extra: Plain) => ({
      id,
      subtitle: null,
      shortAbstract: null,
      longAbstract: null,
      language: null,
      level: null,
      slidesUrl: null,
      videoUrl: null,
      audioUrl: null,
      signupUrl: null,
      createdAt: response.body.data.find((s: { id: string }) => s.id === id).attributes['created-at'],
      lockVersion: 0,
      submittedAt: response.body.data.find((s: { id: string }) => s.id === id).attributes['created-at'],
      averageRating: null,
      isMailSent: false,
      lastModifiedAt: null,
      deletedAt: null,
      ...extra,
    });

    const read = await deserialize(response.body);

    const url = `/v1/events/${event.id}/sessions?include=speakers,track,microlocation`;
    const page = `/v1/events/${event.id}/sessions?include=speakers%2Ctrack%2Cmicrolocation&page%5Bsize%5D=20&page%5Bnumber%5D=1`;
    const links = { self: url, first: page, last: page };
    expect(read).toEqual([
      session(ids.panel, {
        title: 'Panel',
        state: 'accepted',
        level: 'Beginner',
        startsAt: '2030-03-01T02:00:00.000Z',
        endsAt: '2030-03-01T03:00:00.000Z',
        track: { id: ids.web, name: 'Web', description: 'The open web', color: '#ffee00', fontColor: '#000000', position: 0, deletedAt: null },
        microlocation: { id: ids.hall, name: 'Hall A', floor: 2, room: 'A-201', latitude: null, longitude: null, position: 0, hiddenInScheduler: false, deletedAt: null },
        sessionType: null,
        trackName: 'Web',
        microlocationName: 'Hall A',
        sessionTypeName: null,
        speakers: [
          speaker(ids.ana, 'Ana Speaker', { organisation: 'Open Tech', shortBiography: 'Builds servers' }),
          speaker(ids.ben, 'Ben Speaker', { country: 'Vietnam' }),
        ],
        links,
      }),
      session(ids.solo, {
        title: 'Untracked',
        state: 'confirmed',
        startsAt: '2030-03-02T02:00:00.000Z',
        endsAt: '2030-03-02T02:30:00.000Z',
        track: null,
        microlocation: null,
        sessionType: null,
        trackName: null,
        microlocationName: null,
        sessionTypeName: null,
        speakers: [],
        links,
      }),
    ]);
  });

  it('reads the public tax document without the business details', async () => {
    const response = await new Api(t.app).get(`/v1/events/${event.id}/tax`);

    const read = await deserialize(response.body);

    expect(read).toEqual({ id: ids.tax, name: 'GST', rate: 9, isTaxIncludedInPrice: true, isInvoiceSent: false, deletedAt: null, links: { self: `/v1/taxes/${ids.tax}` } });
  });

  it("reads the owner's tax document with the business details", async () => {
    const response = await new Api(t.app, owner.token).get(`/v1/taxes/${ids.tax}`);

    const read = await deserialize(response.body);

    expect(read).toEqual({
      id: ids.tax,
      name: 'GST',
      rate: 9,
      isTaxIncludedInPrice: true,
      taxId: 'SG-123',
      registeredCompany: 'Summit Pte Ltd',
      contactName: null,
      phone: null,
      email: null,
      address: null,
      city: null,
      state: null,
      zip: null,
      country: null,
      invoiceFooter: null,
      shouldSendInvoice: true,
      isInvoiceSent: false,
      deletedAt: null,
      links: { self: `/v1/taxes/${ids.tax}` },
    });
  });

  it('reads the tax included in the event document', async () => {
    const response = await new Api(t.app).get(`/v1/events/${event.id}?include=tax`);

    const read = (await deserialize(response.body)) as Plain;

    expect(read.tax).toEqual({ id: ids.tax, name: 'GST', rate: 9, isTaxIncludedInPrice: true, isInvoiceSent: false, deletedAt: null });
  });
});
