// The shape of a version's key table: for every model field, the source keys to try in order (the first present
// one wins, so later renames sit after the original name as fallbacks). v1.map.ts and v2.map.ts fill it in.
import type { Keys } from './fields.js';

export interface KeyMap {
  event: {
    id: Keys; name: Keys; description: Keys; startsAt: Keys; endsAt: Keys; timezone: Keys; locationName: Keys;
    latitude: Keys; longitude: Keys; eventUrl: Keys; ticketUrl: Keys; logoUrl: Keys; backgroundUrl: Keys;
    organizerName: Keys; organizerDescription: Keys; codeOfConduct: Keys; email: Keys;
    socialLinks: Keys; copyright: Keys; licenceDetails: Keys;
  };
  socialLink: { name: Keys; url: Keys };
  copyright: { holder: Keys; holderUrl: Keys; licence: Keys; licenceUrl: Keys; logoUrl: Keys; year: Keys };
  licenceDetails: { url: Keys; logoUrl: Keys; longName: Keys; name: Keys };
  session: {
    id: Keys; title: Keys; subtitle: Keys; shortAbstract: Keys; longAbstract: Keys; startsAt: Keys; endsAt: Keys;
    state: Keys; track: Keys; room: Keys; sessionType: Keys; speakers: Keys; signupUrl: Keys; videoUrl: Keys;
    slidesUrl: Keys; audioUrl: Keys; language: Keys; level: Keys;
  };
  speaker: {
    id: Keys; name: Keys; photoUrl: Keys; shortBiography: Keys; longBiography: Keys; organisation: Keys;
    position: Keys; country: Keys; city: Keys; website: Keys; twitter: Keys; github: Keys; linkedin: Keys;
    facebook: Keys; featured: Keys; sessions: Keys;
  };
  track: { id: Keys; name: Keys; color: Keys; fontColor: Keys; description: Keys };
  room: { id: Keys; name: Keys; floor: Keys };
  sessionType: { id: Keys; name: Keys; length: Keys };
  sponsor: { id: Keys; name: Keys; url: Keys; logoUrl: Keys; level: Keys; type: Keys; description: Keys };
  /** Keys only this version has; their presence is what format detection counts. */
  markers: Keys;
}
