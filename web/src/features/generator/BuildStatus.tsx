// The status panel of one build: waiting with its place in the queue, building with a progress bar and the
// current step, the log, and at the end Preview and Download, or what went wrong, in words.
import { forwardRef } from 'react';
import type { SiteBuild } from './api';

interface Props {
  build: SiteBuild;
  reconnecting: boolean;
  cancelling: boolean;
  onCancel(): void;
  onNew(): void;
}

function statusWords(build: SiteBuild): string {
  switch (build.state) {
    case 'WAITING':
      return `Waiting (${build.position ?? 0} ahead)`;
    case 'STARTED':
      return 'Building';
    case 'SUCCESS':
      return 'Ready';
    case 'FAILURE':
      return 'Failed';
    case 'CANCELLED':
      return 'Cancelled';
  }
}


const LEVEL_WORDS = { info: 'Info', warning: 'Warning', error: 'Error' } as const;

export const BuildStatus = forwardRef<HTMLHeadingElement, Props>(function BuildStatus({ build, reconnecting, cancelling, onCancel, onNew }, headingRef) {
  const final = build.state === 'SUCCESS' || build.state === 'FAILURE' || build.state === 'CANCELLED';
  const percent = Math.round(build.state === 'SUCCESS' ? 100 : build.progress.percent);
  return (
    <section className={`panel status status-${build.state.toLowerCase()}`} aria-labelledby="status-heading" data-testid="build-status" data-state={build.state}>
      <h2 id="status-heading" ref={headingRef} tabIndex={-1}>
        Your site
      </h2>
      <p className="status-line" role="status" aria-live="polite" data-testid="request-status">
        Request status: <strong>{statusWords(build)}</strong>
      </p>

      {(build.state === 'STARTED' || build.state === 'SUCCESS') && (
        <div className="progress-block">
          <progress id="build-progress" max={100} value={percent} aria-label="Build progress" aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100} data-testid="progress">
            {percent} %
          </progress>
          <p className="step" data-testid="progress-step">
            <span className="percent">{percent} %</span>
            {build.progress.step ? <span> · {build.progress.step}</span> : null}
          </p>
        </div>
      )}

      {build.state === 'FAILURE' && (
        <div className="failure" role="alert" data-testid="build-error">
          <p>
            <strong>The site could not be built.</strong> {build.error?.detail ?? 'The build stopped without a reason.'}
          </p>
          <p className="hint">Change what needs changing in the form and generate again.</p>
        </div>
      )}

      <div className="actions">
        {build.state === 'SUCCESS' && build.preview_url && (
          <a className="button" href={build.preview_url} target="_blank" rel="noopener" data-testid="preview">
            Preview<span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        )}
        {build.state === 'SUCCESS' && build.download_url && (
          <a className="button secondary" href={build.download_url} download data-testid="download">
            Download zip
          </a>
        )}
        {build.state === 'WAITING' && (
          <button type="button" className="button secondary" onClick={onCancel} disabled={cancelling} data-testid="cancel">
            {cancelling ? 'Cancelling…' : 'Cancel'}
          </button>
        )}
        {final && (
          <button type="button" className="button quiet" onClick={onNew} data-testid="new-build">
            New build
          </button>
        )}
      </div>

      {reconnecting && !final && (
        <p className="hint" role="status">
          Connection lost; reconnecting…
        </p>
      )}

      <h3 className="log-heading">Build log</h3>
      {build.log.length === 0 ? (
        <p className="hint" data-testid="log-empty">
          Nothing logged yet.
        </p>
      ) : (
        <ol className="log" data-testid="build-log">
          {build.log.map((line, index) => (
            <li key={index} className={`log-${line.level}`} data-level={line.level}>
              <span className="level">{LEVEL_WORDS[line.level] ?? line.level}</span>
              <span className="message">{line.message}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
});
