// The one event model every site-generator input (Open Event zip v1 or v2, raw JSON:API, a Convene event) is
// read into, and the page renderer reads from. Readers validate and normalise; nothing after them looks at the
// source format. Ids are strings (JSON:API's), times stay ISO 8601 strings with the offset written in the data
// (the original kept the data's offset and converted nothing), and every text is untrusted: the renderer escapes
// it. HTML-bearing fields (descriptions, abstracts, biographies) are sanitised by the renderer, never trusted.

export type SourceFormat = 'v1' | 'v2' | 'jsonapi' | 'convene';

export interface SocialLink {
  name: string;
  url: string;
}

export interface Copyright {
  holder: string | null;
  holderUrl: string | null;
  licence: string | null;
  licenceUrl: string | null;
  /** Licence or copyright logo; the compact licence logo when the data has one. */
  logoUrl: string | null;
  /** Long licence name ("Creative Commons Attribution 4.0 International"), when the data has licence details. */
  licenceLongName: string | null;
  year: number | null;
}

export interface SiteEvent {
  id: string;
  name: string;
  /** HTML. */
  description: string | null;
  /** ISO 8601 with offset, e.g. '2017-03-17T09:00:00+08:00'. */
  startsAt: string;
  endsAt: string;
  /** IANA zone ('Asia/Singapore') when the data has one. */
  timezone: string | null;
  locationName: string | null;
  latitude: number | null;
  longitude: number | null;
  eventUrl: string | null;
  ticketUrl: string | null;
  /** Absolute URL, or a path relative to the input's root (e.g. 'images/logo.png'). */
  logoUrl: string | null;
  backgroundUrl: string | null;
  organizerName: string | null;
  /** HTML. */
  organizerDescription: string | null;
  /** HTML; a CoC page is written when it is not empty. */
  codeOfConduct: string | null;
  email: string | null;
  socialLinks: SocialLink[];
  copyright: Copyright | null;
}

export interface SiteSession {
  id: string;
  title: string;
  subtitle: string | null;
  /** HTML. */
  shortAbstract: string | null;
  /** HTML. */
  longAbstract: string | null;
  startsAt: string | null;
  endsAt: string | null;
  /** 'accepted', 'confirmed', 'pending', 'rejected', 'draft', ... lower case; null when absent. */
  state: string | null;
  trackId: string | null;
  roomId: string | null;
  sessionTypeId: string | null;
  /** In the data's order; only ids present in `speakers` (a missing one is a build warning). */
  speakerIds: string[];
  signupUrl: string | null;
  videoUrl: string | null;
  slidesUrl: string | null;
  audioUrl: string | null;
  language: string | null;
  level: string | null;
}

export interface SiteSpeaker {
  id: string;
  name: string;
  photoUrl: string | null;
  /** HTML. */
  shortBiography: string | null;
  /** HTML. */
  longBiography: string | null;
  organisation: string | null;
  position: string | null;
  country: string | null;
  city: string | null;
  website: string | null;
  twitter: string | null;
  github: string | null;
  linkedin: string | null;
  facebook: string | null;
  featured: boolean;
}

export interface SiteTrack {
  id: string;
  name: string;
  /** '#rrggbb' when valid in the data, else null. */
  color: string | null;
  fontColor: string | null;
  description: string | null;
}

export interface SiteRoom {
  id: string;
  name: string;
  floor: number | null;
}

export interface SiteSessionType {
  id: string;
  name: string;
  /** 'HH:MM' as in the data, when present. */
  length: string | null;
}

export interface SiteSponsor {
  id: string;
  name: string;
  url: string | null;
  logoUrl: string | null;
  /** The data's level string ('1' large, '2' medium, '3' small, or anything else); null when absent. */
  level: string | null;
  type: string | null;
  description: string | null;
}

export interface EventModel {
  format: SourceFormat;
  event: SiteEvent;
  /** Every session of the data, all states, unique ids (a duplicate id is dropped with a warning). */
  sessions: SiteSession[];
  speakers: SiteSpeaker[];
  tracks: SiteTrack[];
  rooms: SiteRoom[];
  sessionTypes: SiteSessionType[];
  sponsors: SiteSponsor[];
}

/** Files that came with the input (a zip's or folder's `images/` and `audio/`), by path relative to its root. */
export interface InputAssets {
  /** Paths like 'images/speakers/jane.jpg': normalised, never absolute, never containing '..'. */
  list(): string[];
  read(path: string): Promise<Buffer>;
}

export interface SiteInput {
  model: EventModel;
  assets: InputAssets;
}

export type LogLevel = 'info' | 'warning' | 'error';

export interface BuildLogEntry {
  level: LogLevel;
  message: string;
}

/** Collects a build's log lines; `onEntry` lets a caller stream them (the build queue does). */
export interface BuildLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  readonly entries: readonly BuildLogEntry[];
}

export function createBuildLog(onEntry?: (entry: BuildLogEntry) => void): BuildLog {
  const entries: BuildLogEntry[] = [];
  const add = (level: LogLevel) => (message: string) => {
    const entry = { level, message };
    entries.push(entry);
    onEntry?.(entry);
  };
  return { info: add('info'), warn: add('warning'), error: add('error'), entries };
}

/**
 * Input the generator cannot build from: names the file, and where known the record id and field, so the person
 * who made the data can fix it ("sessions: record 3014: field starts-at: not a date-time").
 */
export class SiteInputError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly location: { file?: string; recordId?: string; field?: string } = {},
  ) {
    const where = [location.file, location.recordId === undefined ? undefined : `record ${location.recordId}`, location.field === undefined ? undefined : `field ${location.field}`]
      .filter(Boolean)
      .join(': ');
    super(where ? `${where}: ${message}` : message);
    this.name = 'SiteInputError';
  }
}
