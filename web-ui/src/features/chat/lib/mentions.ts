/**
 * `@username` mentions in message text, found as the server finds them: an '@' that does not
 * follow a letter, digit or one of `_.@-` (so e-mail addresses are no mentions), then 3 to 64
 * letters, digits, '_', '.' or '-'; names compare case-insensitively.
 */
const MENTION = /(?<![\p{L}\p{N}_.@-])@([\p{L}\p{N}_.-]{3,64})/gu;

export type TextPart = { text: string; mention?: string };

/** Lower-case, compatibility form, as usernames are stored. */
export const normalUsername = (name: string) => name.normalize('NFKC').toLowerCase();

/**
 * The text cut into plain parts and mentions (`mention` is the name without '@', lower-cased,
 * without the sentence's trailing '.' or '-').
 */
export function splitMentions(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(MENTION)) {
    const name = match[1].replace(/[.-]+$/, '');
    if (name.length < 3) continue;
    const start = match.index ?? 0;
    const end = start + 1 + name.length;
    if (start > last) parts.push({ text: text.slice(last, start) });
    parts.push({ text: text.slice(start, end), mention: normalUsername(name) });
    last = end;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** Whether the text mentions the user. */
export function mentions(text: string | null | undefined, username: string): boolean {
  if (!text) return false;
  const me = normalUsername(username);
  return splitMentions(text).some((part) => part.mention === me);
}
