import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { REPEATABLE_MAX_ATTEMPTS } from '@/lib/retry';
import { mockApi, renderWithProviders } from '@/testing/test-utils';
import type { Message } from '@/types/api';
import { abandonQueuedMessages } from '../api/post-message';
import { addMessageToCache } from '../lib/messages-cache';
import { pendingMessages } from '../stores/pending-messages';
import { ChatPanel } from './chat-panel';

const alice = { id: 1, username: 'alice', displayName: 'Alice' };
const bob = { id: 2, username: 'bob', displayName: 'Bob' };

const message = (id: number, seq: number, body: string, author = bob, clientId: string | null = null): Message => ({
  id,
  teamId: 7,
  seq,
  author,
  body,
  clientId,
  createdAt: new Date().toISOString(),
  editedAt: null,
  deleted: false,
  reactions: [],
});

beforeAll(() => {
  // jsdom has no layout; the list only needs these to exist.
  Element.prototype.scrollTo = () => {};
});

afterEach(() => {
  cleanup(); // unmount before the stores below change under a mounted panel
  vi.unstubAllGlobals();
  abandonQueuedMessages();
  pendingMessages.clear();
});

describe('ChatPanel', () => {
  it('shows notes (event cards) among the messages at their seq, not grouped with them', async () => {
    mockApi({
      'GET /api/teams/7/messages': () => ({ body: [message(1, 1, 'Before'), message(2, 3, 'After')] }),
    });
    const note = { key: 'e2', seq: 2, occurredAt: new Date().toISOString(), actor: alice, content: <p>Alice planned a retro</p> };
    renderWithProviders(<ChatPanel teamId={7} teamName="Crew" me={alice} notes={[note]} />);
    await screen.findByText('After');
    const log = screen.getByRole('log');
    expect(within(log).getAllByText(/Before|Alice planned a retro|After/).map((el) => el.textContent)).toEqual([
      'Before',
      'Alice planned a retro',
      'After',
    ]);
    // Bob's two messages are split by the card, so the second one shows its author again.
    expect(within(log).getAllByText('Bob', { selector: '.message-author' })).toHaveLength(2);
  });

  it('shows history as text, never as HTML', async () => {
    mockApi({ 'GET /api/teams/7/messages': () => ({ body: [message(1, 1, '<img src=x onerror=alert(1)> hi')] }) });
    renderWithProviders(<ChatPanel teamId={7} teamName="Crew" me={alice} />);
    expect(await screen.findByText('<img src=x onerror=alert(1)> hi')).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('This is the beginning of Crew.')).toBeInTheDocument();
  });

  it('shows an own message at once and never doubles it when the echo and the answer arrive', async () => {
    let answer!: (m: Message) => void;
    const { calls } = mockApi({
      'GET /api/teams/7/messages': () => ({ body: [message(1, 1, 'Hello')] }),
      'POST /api/teams/7/messages': () =>
        new Promise((resolve) => {
          answer = (m) => resolve({ status: 201, body: m });
        }),
    });
    const { queryClient } = renderWithProviders(<ChatPanel teamId={7} teamName="Crew" me={alice} />);
    await screen.findByText('Hello');

    await userEvent.type(screen.getByRole('textbox', { name: 'Message' }), 'On my way{Enter}');
    const log = screen.getByRole('log');
    expect(within(log).getAllByText('On my way')).toHaveLength(1);
    expect(within(log).getByText('Sending…')).toBeInTheDocument();

    const clientId = (calls.find((c) => c.method === 'POST')?.body as { clientId: string }).clientId;
    expect(clientId).toMatch(/^[0-9a-f-]{36}$/);
    const saved = message(10, 2, 'On my way', alice, clientId);

    // The live echo gets here before the POST answer.
    await act(async () => addMessageToCache(queryClient, saved));
    await waitFor(() => expect(within(log).queryByText('Sending…')).toBeNull());
    expect(within(log).getAllByText('On my way')).toHaveLength(1);

    await act(async () => answer(saved));
    expect(within(log).getAllByText('On my way')).toHaveLength(1);
    await act(async () => addMessageToCache(queryClient, saved));
    expect(within(log).getAllByText('On my way')).toHaveLength(1);
  });

  it('retries by itself with the same clientId, then offers a retry when sending keeps failing', async () => {
    let fail = true;
    const { calls } = mockApi({
      'GET /api/teams/7/messages': () => ({ body: [] }),
      'POST /api/teams/7/messages': ({ body }) =>
        fail
          ? { status: 503, body: { status: 503, detail: 'Service unavailable' }, headers: { 'Retry-After': '0' } }
          : { status: 201, body: message(5, 1, 'Ping', alice, (body as { clientId: string }).clientId) },
    });
    renderWithProviders(<ChatPanel teamId={7} teamName="Crew" me={alice} />);
    await screen.findByText('No messages yet. Say hello!');
    await userEvent.type(screen.getByRole('textbox', { name: 'Message' }), 'Ping{Enter}');
    expect(await screen.findByText(/Not sent/)).toHaveTextContent('Not sent — Service unavailable. Retry Discard');
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(REPEATABLE_MAX_ATTEMPTS);

    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await vi.waitFor(() => expect(screen.queryByText(/Not sent/)).toBeNull());
    const posts = calls.filter((c) => c.method === 'POST').map((c) => (c.body as { clientId: string }).clientId);
    expect(posts).toHaveLength(REPEATABLE_MAX_ATTEMPTS + 1);
    expect(new Set(posts).size).toBe(1);
    expect(screen.getAllByText('Ping')).toHaveLength(1);
  });

  it('sends the next message only once the previous one was answered, and shows them in typed order', async () => {
    const answers: (() => void)[] = [];
    let seq = 0;
    const { calls } = mockApi({
      'GET /api/teams/7/messages': () => ({ body: [] }),
      'POST /api/teams/7/messages': ({ body }) =>
        new Promise((resolve) => {
          const { body: text, clientId } = body as { body: string; clientId: string };
          answers.push(() => resolve({ status: 201, body: message(100 + seq, ++seq, text, alice, clientId) }));
        }),
    });
    renderWithProviders(<ChatPanel teamId={7} teamName="Crew" me={alice} />);
    await screen.findByText('No messages yet. Say hello!');
    const box = screen.getByRole('textbox', { name: 'Message' });
    await userEvent.type(box, 'one{Enter}two{Enter}three{Enter}');

    const log = screen.getByRole('log');
    const shown = () => within(log).getAllByRole('article').map((a) => within(a).getByText(/^(one|two|three)$/).textContent);
    const posted = () => calls.filter((c) => c.method === 'POST').map((c) => (c.body as { body: string }).body);
    expect(shown()).toEqual(['one', 'two', 'three']);
    expect(within(log).getAllByText('Sending…')).toHaveLength(3);
    expect(posted()).toEqual(['one']);

    await act(async () => answers[0]());
    await waitFor(() => expect(posted()).toEqual(['one', 'two']));
    await act(async () => answers[1]());
    await waitFor(() => expect(posted()).toEqual(['one', 'two', 'three']));
    await act(async () => answers[2]());
    await waitFor(() => expect(pendingMessages.get(7)).toHaveLength(0));
    expect(shown()).toEqual(['one', 'two', 'three']);
  });

  it('marks a message the server refuses as not sent and still sends the ones typed after it', async () => {
    const answers: (() => void)[] = [];
    const { calls } = mockApi({
      'GET /api/teams/7/messages': () => ({ body: [] }),
      'POST /api/teams/7/messages': ({ body }) =>
        new Promise((resolve) => {
          const { body: text, clientId } = body as { body: string; clientId: string };
          answers.push(() =>
            resolve(
              text === 'bad'
                ? { status: 400, body: { status: 400, detail: 'The message is not allowed.' } }
                : { status: 201, body: message(answers.length, answers.length, text, alice, clientId) },
            ),
          );
        }),
    });
    renderWithProviders(<ChatPanel teamId={7} teamName="Crew" me={alice} />);
    await screen.findByText('No messages yet. Say hello!');
    await userEvent.type(screen.getByRole('textbox', { name: 'Message' }), 'first{Enter}bad{Enter}after{Enter}');
    const posted = () => calls.filter((c) => c.method === 'POST').map((c) => (c.body as { body: string }).body);

    answers[0]();
    await waitFor(() => expect(screen.getAllByText('Sending…')).toHaveLength(2));
    expect(posted()).toEqual(['first', 'bad']);
    answers[1](); // refused while 'after' waits behind it
    expect(await screen.findByText(/Not sent/)).toHaveTextContent('Not sent — The message is not allowed. Retry Discard');
    await waitFor(() => expect(posted()).toEqual(['first', 'bad', 'after']));
    answers[2]();
    await waitFor(() => expect(pendingMessages.get(7).map((p) => p.body)).toEqual(['bad']));
    expect(screen.queryByText('Sending…')).toBeNull();
    expect(screen.getByText('after')).toBeInTheDocument();
  });

  it('loads older history with before=<oldest id>', async () => {
    const newest = Array.from({ length: 50 }, (_, i) => message(100 + i, 100 + i, `m${100 + i}`));
    const { calls } = mockApi({
      'GET /api/teams/7/messages': ({ url }) =>
        url.searchParams.get('before') === '100' ? { body: [message(99, 99, 'the oldest one')] } : { body: newest },
    });
    renderWithProviders(<ChatPanel teamId={7} teamName="Crew" me={alice} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Load older messages' }));
    expect(await screen.findByText('the oldest one')).toBeInTheDocument();
    expect(calls.map((c) => c.path)).toContain('/api/teams/7/messages?before=100&limit=50');
    expect(await screen.findByText('This is the beginning of Crew.')).toBeInTheDocument();
  });

  it('edits your own message in place and shows it as edited', async () => {
    const mine = message(1, 1, 'helo', alice);
    const { calls } = mockApi({
      'GET /api/teams/7/messages': () => ({ body: [mine, message(2, 2, 'from Bob')] }),
      'PATCH /api/teams/7/messages/1': ({ body }) => ({
        body: { ...mine, body: (body as { body: string }).body, editedAt: new Date().toISOString() },
      }),
    });
    renderWithProviders(<ChatPanel teamId={7} teamName="Crew" me={alice} />);
    await screen.findByText('from Bob');
    expect(screen.getAllByRole('button', { name: 'Edit message' })).toHaveLength(1);
    expect(screen.getAllByRole('button', { name: 'Delete message' })).toHaveLength(1);

    await userEvent.click(screen.getByRole('button', { name: 'Edit message' }));
    const box = screen.getByRole('textbox', { name: 'Edit message' });
    await userEvent.clear(box);
    await userEvent.type(box, 'hello{Enter}');

    expect(await screen.findByText('hello')).toBeInTheDocument();
    expect(screen.getByText('(edited)')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ body: 'hello' });
  });

  it('lets an owner delete the message of another, leaving a placeholder', async () => {
    const { calls } = mockApi({
      'GET /api/teams/7/messages': () => ({ body: [message(2, 2, 'from Bob')] }),
      'DELETE /api/teams/7/messages/2': () => ({ status: 204 }),
    });
    renderWithProviders(<ChatPanel teamId={7} teamName="Crew" me={alice} isOwner />);
    await screen.findByText('from Bob');
    expect(screen.queryByRole('button', { name: 'Edit message' })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Delete message' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));

    expect(await screen.findByText('Message deleted')).toBeInTheDocument();
    expect(screen.queryByText('from Bob')).toBeNull();
    expect(calls.some((c) => c.method === 'DELETE')).toBe(true);
  });

  it('sends on Enter but not on Shift+Enter', async () => {
    const { calls } = mockApi({ 'GET /api/teams/7/messages': () => ({ body: [] }) });
    renderWithProviders(<ChatPanel teamId={7} teamName="Crew" me={alice} />);
    const box = await screen.findByRole('textbox', { name: 'Message' });
    await userEvent.type(box, 'line one{Shift>}{Enter}{/Shift}line two');
    expect(box).toHaveValue('line one\nline two');
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });
});
