// Small EventModel factories for the site generator's tests: a valid two-day event that each test changes
// through overrides, and an in-memory InputAssets.
import type { EventModel, InputAssets, SiteEvent, SiteSession, SiteSpeaker, SiteSponsor } from '../../src/sitegen/model.js';

export function makeEvent(overrides: Partial<SiteEvent> = {}): SiteEvent {
  return {
    id: '42',
    name: 'Test Summit',
    description: '<p>About the summit.</p>',
    startsAt: '2024-05-01T09:00:00+02:00',
    endsAt: '2024-05-02T18:00:00+02:00',
    timezone: 'Europe/Berlin',
    locationName: 'Hall A',
    latitude: null,
    longitude: null,
    eventUrl: 'https://summit.example.org',
    ticketUrl: 'https://tickets.example.org',
    logoUrl: null,
    backgroundUrl: null,
    organizerName: 'Org',
    organizerDescription: null,
    codeOfConduct: null,
    email: null,
    socialLinks: [],
    copyright: null,
    ...overrides,
  };
}

export function makeSession(id: string, overrides: Partial<SiteSession> = {}): SiteSession {
  return {
    id,
    title: `Session ${id}`,
    subtitle: null,
    shortAbstract: null,
    longAbstract: null,
    startsAt: '2024-05-01T10:00:00+02:00',
    endsAt: '2024-05-01T10:30:00+02:00',
    state: 'accepted',
    trackId: 't1',
    roomId: 'r1',
    sessionTypeId: null,
    speakerIds: [],
    signupUrl: null,
    videoUrl: null,
    slidesUrl: null,
    audioUrl: null,
    language: null,
    level: null,
    ...overrides,
  };
}

export function makeSpeaker(id: string, overrides: Partial<SiteSpeaker> = {}): SiteSpeaker {
  return {
    id,
    name: `Speaker ${id}`,
    photoUrl: null,
    shortBiography: null,
    longBiography: null,
    organisation: null,
    position: null,
    country: null,
    city: null,
    website: null,
    twitter: null,
    github: null,
    linkedin: null,
    facebook: null,
    featured: false,
    ...overrides,
  };
}

export function makeSponsor(id: string, overrides: Partial<SiteSponsor> = {}): SiteSponsor {
  return { id, name: `Sponsor ${id}`, url: null, logoUrl: null, level: '1', type: null, description: null, ...overrides };
}

export function makeModel(overrides: Partial<EventModel> = {}): EventModel {
  return {
    format: 'v2',
    event: makeEvent(),
    sessions: [makeSession('1')],
    speakers: [],
    tracks: [{ id: 't1', name: 'Web', color: '#112233', fontColor: null, description: null }],
    rooms: [{ id: 'r1', name: 'Room One', floor: 1 }],
    sessionTypes: [],
    sponsors: [],
    ...overrides,
  };
}

export function memoryAssets(files: Record<string, Buffer> = {}): InputAssets {
  return {
    list: () => Object.keys(files).sort(),
    read: async (path) => {
      const data = files[path];
      if (!data) throw new Error(`no asset ${path}`);
      return data;
    },
  };
}
