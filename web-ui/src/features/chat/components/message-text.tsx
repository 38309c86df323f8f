import { normalUsername, splitMentions } from '../lib/mentions';

type Props = { text: string; myUsername?: string };

/** Message text with its @mentions marked, the reader's own more strongly; always as text, never HTML. */
export function MessageText({ text, myUsername }: Props) {
  const me = myUsername ? normalUsername(myUsername) : undefined;
  return (
    <>
      {splitMentions(text).map((part, i) =>
        part.mention ? (
          <span
            key={i}
            className={`mention${part.mention === me ? ' mention-me' : ''}`}
            data-testid={part.mention === me ? 'mention-me' : 'mention'}
          >
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
