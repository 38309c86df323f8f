import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Button } from '@/components/ui/button';

export const MAX_MESSAGE_LENGTH = 4000;

type Props = {
  teamName: string;
  onSend: (body: string) => void;
  /** `true` on each keystroke in a non-empty draft, `false` on send, blur or an emptied draft. */
  onTyping?: (typing: boolean) => void;
};

export function MessageComposer({ teamName, onSend, onTyping }: Props) {
  const [body, setBody] = useState('');
  const ref = useRef<HTMLTextAreaElement>(null);
  const trimmed = body.trim();

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!trimmed) return;
    onTyping?.(false);
    onSend(trimmed);
    setBody('');
    ref.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <form className="composer" onSubmit={submit} aria-label="Send a message">
      <label htmlFor="composer-input" className="visually-hidden">
        Message
      </label>
      <textarea
        id="composer-input"
        ref={ref}
        className="input composer-input"
        rows={1}
        placeholder={`Message ${teamName}`}
        value={body}
        maxLength={MAX_MESSAGE_LENGTH}
        onChange={(e) => {
          setBody(e.target.value);
          onTyping?.(e.target.value.trim() !== '');
        }}
        onBlur={() => onTyping?.(false)}
        onKeyDown={onKeyDown}
        aria-describedby="composer-hint"
      />
      <span id="composer-hint" className="visually-hidden">
        Enter sends, Shift+Enter starts a new line.
      </span>
      <Button type="submit" disabled={!trimmed}>
        Send
      </Button>
    </form>
  );
}
