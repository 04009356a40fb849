// An attendee's answers to the event's custom form, as a small list of question and answer (nothing when none).
export function FormAnswers({ pairs }: { pairs: [string, string][] }) {
  if (pairs.length === 0) return null;
  return (
    <dl className="form-answers">
      {pairs.map(([question, answer]) => (
        <div key={question}>
          <dt>{question}</dt>
          <dd>{answer}</dd>
        </div>
      ))}
    </dl>
  );
}
