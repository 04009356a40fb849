// /generator: the form that starts a site build (source, API version, theme, session mode, e-mail) and the
// status panel that follows it. The build id is kept in the URL and localStorage, so a reload reattaches.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Page } from '../../components/Page';
import { useSearchParams } from 'react-router';
import { useSession } from '../../lib/session';
import { ApiProblem, cancelBuild, FINAL_STATES, getBuild, startSourceBuild, startUploadBuild, type BuildOptions, type SessionMode, type SourceFormat, type Theme } from './api';
import { loadBuildId, saveBuildId } from './storage';
import { BuildStatus } from './BuildStatus';
import { EventPicker } from './EventPicker';
import { useBuild } from './useBuild';

type SourceKind = 'upload' | 'api' | 'event';

const FORMATS: { value: SourceFormat; label: string }[] = [
  { value: 'auto', label: 'Detect' },
  { value: 'api_v1', label: 'v1' },
  { value: 'api_v2', label: 'v2' },
];

function isZip(file: File): boolean {
  return /\.zip$/i.test(file.name);
}

export function GeneratorPage() {
  const { user } = useSession();
  const watch = useBuild();
  const { build } = watch;
  // "Build the event website" from an event's overview comes with ?event=<id>.
  const [params] = useSearchParams();
  const chosen = params.get('event') ?? '';

  const [source, setSource] = useState<SourceKind>(chosen || params.get('source') === 'event' ? 'event' : 'upload');
  const [file, setFile] = useState<File | null>(null);
  const [apiUrl, setApiUrl] = useState('');
  const [eventId, setEventId] = useState(chosen);
  const [format, setFormat] = useState<SourceFormat>('auto');
  const [theme, setTheme] = useState<Theme>('light');
  const [sessionMode, setSessionMode] = useState<SessionMode>('expand');
  const [email, setEmail] = useState('');

  const [submitting, setSubmitting] = useState(false);
  const [uploadPercent, setUploadPercent] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [restoring, setRestoring] = useState(() => loadBuildId() !== null);
  const [cancelling, setCancelling] = useState(false);

  const statusHeading = useRef<HTMLHeadingElement>(null);
  const formHeading = useRef<HTMLHeadingElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  // Reattach to the build this tab (or the URL) was watching.
  useEffect(() => {
    const id = loadBuildId();
    if (!id) return;
    let live = true;
    getBuild(id)
      .then((found) => {
        if (!live) return;
        watch.set(found);
        saveBuildId(found.id);
      })
      .catch((error: unknown) => {
        if (!live) return;
        saveBuildId(null);
        if (error instanceof ApiProblem && error.status !== 404) setProblem(`The earlier build could not be loaded: ${error.message}`);
      })
      .finally(() => live && setRestoring(false));
    return () => {
      live = false;
    };
    // Only once, at load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const running = build !== null && !FINAL_STATES.has(build.state);
  const locked = submitting || running || restoring;

  function check(): string | null {
    if (source === 'upload') {
      if (!file) return 'Choose the zip file of your event to upload.';
      if (!isZip(file)) return `"${file.name}" is not a .zip file. Choose the zip exported from Open Event or Convene.`;
    }
    if (source === 'api') {
      if (!apiUrl.trim()) return 'Enter the URL of the event API.';
      let url: URL;
      try {
        url = new URL(apiUrl.trim());
      } catch {
        return 'The API URL is not a valid address. It should start with https://';
      }
      if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'The API URL must start with https:// or http://';
    }
    if (source === 'event') {
      if (!user) return 'Log in to build one of your Convene events.';
      if (!eventId) return 'Choose one of your events.';
    }
    if (email.trim() && !/^[^\s@]+@[^\s@]+$/.test(email.trim())) return 'The e-mail address does not look right.';
    return null;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (locked) return;
    const invalid = check();
    setProblem(invalid);
    if (invalid) return;
    const options: BuildOptions = { format, theme, 'session-mode': sessionMode, ...(email.trim() ? { email: email.trim() } : {}) };
    setSubmitting(true);
    try {
      const started =
        source === 'upload' && file
          ? await startUploadBuild(file, options, setUploadPercent)
          : await startSourceBuild(source === 'api' ? { type: 'api', url: apiUrl.trim() } : { type: 'event', event: eventId }, options);
      saveBuildId(started.id);
      watch.set(started);
      requestAnimationFrame(() => statusHeading.current?.focus());
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setSubmitting(false);
      setUploadPercent(null);
    }
  }

  async function cancel() {
    if (!build) return;
    setCancelling(true);
    setProblem(null);
    try {
      watch.set(await cancelBuild(build.id));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      // Most likely it started meanwhile: show where it is now.
      void getBuild(build.id).then(watch.set).catch(() => undefined);
    } finally {
      setCancelling(false);
    }
  }

  function startOver() {
    saveBuildId(null);
    watch.set(null);
    setProblem(null);
    requestAnimationFrame(() => formHeading.current?.focus());
  }

  const submitWords = submitting ? (uploadPercent !== null && uploadPercent < 100 ? `Uploading… ${uploadPercent} %` : 'Starting…') : 'Generate site';

  return (
    <Page title="Event site generator" lede="Turn an event's schedule, speakers and sponsors into a static website you can preview, download and host anywhere.">

      <div className={build ? 'columns has-build' : 'columns'}>
        <form className="panel" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="form-heading" data-testid="generator-form" aria-busy={submitting}>
          <h2 id="form-heading" ref={formHeading} tabIndex={-1}>
            Build a site
          </h2>
          <fieldset disabled={locked} className="plain">
            <fieldset>
              <legend>Event data</legend>
              <div className="choices">
                <label className="choice">
                  <input type="radio" name="source" value="upload" checked={source === 'upload'} onChange={() => setSource('upload')} data-testid="source-upload" />
                  Upload a zip
                </label>
                <label className="choice">
                  <input type="radio" name="source" value="api" checked={source === 'api'} onChange={() => setSource('api')} data-testid="source-api" />
                  Event API URL
                </label>
                <label className="choice">
                  <input type="radio" name="source" value="event" checked={source === 'event'} onChange={() => setSource('event')} data-testid="source-event" />
                  One of your Convene events
                </label>
              </div>

              {source === 'upload' && (
                <div className="field subpanel">
                  <label htmlFor="zip-file">Zip file</label>
                  <input
                    id="zip-file"
                    ref={fileInput}
                    type="file"
                    accept=".zip,application/zip"
                    aria-describedby="zip-hint"
                    onChange={(e) => {
                      const chosen = e.target.files?.[0] ?? null;
                      setFile(chosen);
                      setProblem(chosen && !isZip(chosen) ? `"${chosen.name}" is not a .zip file. Choose the zip exported from Open Event or Convene.` : null);
                    }}
                    data-testid="zip-input"
                  />
                  <p id="zip-hint" className="hint">
                    The event's JSON files at the top of the zip: <code>event</code>, <code>sessions</code>, <code>speakers</code>, <code>tracks</code>, <code>microlocations</code>, <code>sponsors</code>.
                  </p>
                </div>
              )}

              {source === 'api' && (
                <div className="field subpanel">
                  <label htmlFor="api-url">API URL of the event</label>
                  <input id="api-url" type="url" inputMode="url" placeholder="https://api.example.org/v1/events/123" value={apiUrl} onChange={(e) => setApiUrl(e.target.value)} aria-describedby="api-hint" data-testid="api-url" />
                  <p id="api-hint" className="hint">
                    An Open Event compatible endpoint; its sessions, speakers and the rest are fetched from there.
                  </p>
                </div>
              )}

              {source === 'event' && <EventPicker selected={eventId} onSelect={setEventId} disabled={locked} />}
            </fieldset>

            <fieldset disabled={source === 'event'} aria-describedby="format-hint">
              <legend>API version</legend>
              <div className="choices">
                {FORMATS.map((item) => (
                  <label key={item.value} className="choice">
                    <input type="radio" name="format" value={item.value} checked={format === item.value} onChange={() => setFormat(item.value)} data-testid={`format-${item.value}`} />
                    {item.label}
                  </label>
                ))}
              </div>
              <p id="format-hint" className="hint">
                {source === 'event' ? 'Not needed for a Convene event.' : 'v1 is the older Open Event format with underscored keys, v2 has dashed keys; Detect reads it from the data.'}
              </p>
            </fieldset>

            <div className="pair">
              <fieldset>
                <legend>Theme</legend>
                <div className="choices">
                  <label className="choice">
                    <input type="radio" name="theme" value="light" checked={theme === 'light'} onChange={() => setTheme('light')} data-testid="theme-light" />
                    Light
                  </label>
                  <label className="choice">
                    <input type="radio" name="theme" value="dark" checked={theme === 'dark'} onChange={() => setTheme('dark')} data-testid="theme-dark" />
                    Dark
                  </label>
                </div>
              </fieldset>

              <fieldset>
                <legend>Sessions</legend>
                <div className="choices">
                  <label className="choice">
                    <input type="radio" name="session-mode" value="single" checked={sessionMode === 'single'} onChange={() => setSessionMode('single')} data-testid="session-single" />
                    A page for each session
                  </label>
                  <label className="choice">
                    <input type="radio" name="session-mode" value="expand" checked={sessionMode === 'expand'} onChange={() => setSessionMode('expand')} data-testid="session-expand" />
                    Expand in the schedule
                  </label>
                </div>
              </fieldset>
            </div>

            <div className="field">
              <label htmlFor="email">
                E-mail <span className="hint">(optional)</span>
              </label>
              <input id="email" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} aria-describedby="email-hint" data-testid="email" />
              <p id="email-hint" className="hint">
                We send the links there when the site is ready.
              </p>
            </div>

            <div className="error-region" role="alert" aria-live="assertive" data-testid="form-error">
              {problem}
            </div>

            <button type="submit" className="button primary" data-testid="submit">
              {submitWords}
            </button>
          </fieldset>
        </form>

        {build ? (
          <BuildStatus ref={statusHeading} build={build} reconnecting={watch.reconnecting} cancelling={cancelling} onCancel={() => void cancel()} onNew={startOver} />
        ) : (
          <section className="panel status status-idle" aria-labelledby="status-heading" data-testid="build-status" data-state="IDLE">
            <h2 id="status-heading">Your site</h2>
            <p className="hint">{restoring ? 'Loading your last build…' : 'Choose the event data and press Generate site. The progress shows here.'}</p>
          </section>
        )}
      </div>
    </Page>
  );
}
