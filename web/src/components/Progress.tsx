export function Progress({ percent, label, step }: { percent: number; label: string; step?: string | null }) {
  return (
    <div className="progress-block">
      <progress max={100} value={percent} aria-label={label} />
      <p className="step">
        <span className="percent">{Math.round(percent)} %</span>
        {step ? ` · ${step}` : ''}
      </p>
    </div>
  );
}
