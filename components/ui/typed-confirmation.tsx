// The field of a destructive dialog where the user types `text` (submitted as `confirmation`) before the button
// enables, worded as in the AWS console.
import { controlClasses } from './field';

export function TypedConfirmation({
  id,
  text,
  value,
  onChange,
  prompt = 'To confirm',
}: {
  id: string;
  /** What the user must type: `delete`, `stop` or the resource name. */
  text: string;
  value: string;
  onChange: (value: string) => void;
  prompt?: string;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-bold">
        {prompt}, type <q className="font-mono">{text}</q> in the field.
      </label>
      <input
        id={id}
        name="confirmation"
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={text}
        className={controlClasses}
      />
    </div>
  );
}
