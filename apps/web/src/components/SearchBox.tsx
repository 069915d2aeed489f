import { useId, type FormEvent } from 'react';

interface SearchBoxProps {
  label: string;
  submitLabel: string;
  value: string;
  onChange: (value: string) => void;
  onSubmit: () => void;
  name?: string;
}

/** A labelled search field with its button, announced as a search landmark. */
export function SearchBox({ label, submitLabel, value, onChange, onSubmit, name }: SearchBoxProps) {
  const id = useId();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit();
  }

  return (
    <form role="search" className="search-form" noValidate onSubmit={handleSubmit}>
      <label htmlFor={id}>{label}</label>
      <div className="search-row">
        <input
          id={id}
          type="search"
          name={name}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
        <button type="submit" className="button">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
