// A search field that keeps its text in the URL (?q=) and asks the server a moment after typing stops.
import { useEffect, useState } from 'react';
import { useQueryParam } from '../lib/url-state';

export function SearchBox({ label, placeholder, name = 'q' }: { label: string; placeholder?: string; name?: string }) {
  const [value, setValue] = useQueryParam(name);
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => setValue(text.trim()), 300);
    return () => clearTimeout(timer);
  }, [text, value, setValue]);
  return (
    <div className="search">
      <label className="visually-hidden" htmlFor={`search-${name}`}>
        {label}
      </label>
      <input
        id={`search-${name}`}
        type="search"
        value={text}
        placeholder={placeholder ?? label}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') setValue(text.trim());
        }}
      />
    </div>
  );
}
