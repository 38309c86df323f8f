import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mockApi, renderWithProviders } from '@/testing/test-utils';
import type { Message, Reaction } from '@/types/api';
import { setReactionsInCache } from '../lib/messages-cache';
import { ChatPanel } from './chat-panel';

const alice = { id: 1, username: 'alice', displayName: 'Alice' };
const bob = { id: 2, username: 'bob', displayName: 'Bob' };
const THUMBS = '👍';
const PARTY = '🎉';

const message = (id: number, body: string, author = bob, reactions: Reaction[] = []): Message => ({
  id,
  teamId: 7,
  seq: id,
  author,
  body,
  clientId: null,
  createdAt: new Date().toISOString(),
  editedAt: null,
  deleted: false,
  reactions,
});
const reactionPath = (id: number, emoji: string) => `/api/teams/7/messages/${id}/reactions/${encodeURIComponent(emoji)}`;

beforeAll(() => {
  Element.prototype.scrollTo = () => {};
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ChatPanel reactions', () => {
  it('shows each reaction with its count, who reacted, and whether it is mine', async () => {
    mockApi({
      'GET /api/teams/7/messages': () => ({
        body: [message(1, 'lunch?', bob, [{ emoji: THUMBS, count: 2, users: [bob, alice] }, { emoji: PARTY, count: 1, users: [bob] }])],
      }),
    });
    renderWithProviders(<ChatPanel teamId={7} teamName="Crew" me={alice} />);
    await screen.findByText('lunch?');

    const chips = screen.getAllByTestId('reaction');
    expect(chips.map((chip) => chip.textContent)).toEqual([`${THUMBS}2`, `${PARTY}1`]);
    expect(chips[0]).toHaveAttribute('title', `Bob and You reacted with ${THUMBS}`);
    expect(chips[0]).toHaveAttribute('aria-pressed', 'true');
    expect(chips[1]).toHaveAttribute('title', `Bob reacted with ${PARTY}`);
    expect(chips[1]).toHaveAttribute('aria-pressed', 'false');
  });

  it('toggles: a click on my reaction takes it back, on another adds mine', async () => {
    const { calls } = mockApi({
      'GET /api/teams/7/messages': () => ({
        body: [message(1, 'lunch?', bob, [{ emoji: THUMBS, count: 2, users: [bob, alice] }, { emoji: PARTY, count: 1, users: [bob] }])],
      }),
      [`DELETE ${reactionPath(1, THUMBS)}`]: () => ({
        body: message(1, 'lunch?', bob, [{ emoji: THUMBS, count: 1, users: [bob] }, { emoji: PARTY, count: 1, users: [bob] }]),
      }),
      [`PUT ${reactionPath(1, PARTY)}`]: () => ({
        body: message(1, 'lunch?', bob, [{ emoji: THUMBS, count: 1, users: [bob] }, { emoji: PARTY, count: 2, users: [bob, alice] }]),
      }),
    });
    renderWithProviders(<ChatPanel teamId={7} teamName="Crew" me={alice} />);
    await screen.findByText('lunch?');

    await userEvent.click(screen.getAllByTestId('reaction')[0]);
    await waitFor(() => expect(screen.getAllByTestId('reaction')[0]).toHaveTextContent(`${THUMBS}1`));
    expect(screen.getAllByTestId('reaction')[0]).toHaveAttribute('aria-pressed', 'false');

    await userEvent.click(screen.getAllByTestId('reaction')[1]);
    await waitFor(() => expect(screen.getAllByTestId('reaction')[1]).toHaveTextContent(`${PARTY}2`));
    expect(calls.filter((c) => c.path.includes('/reactions/')).map((c) => c.method)).toEqual(['DELETE', 'PUT']);
  });

  it('adds a reaction from the picker', async () => {
    const { calls } = mockApi({
      'GET /api/teams/7/messages': () => ({ body: [message(1, 'ship it', bob)] }),
      [`PUT ${reactionPath(1, PARTY)}`]: () => ({ body: message(1, 'ship it', bob, [{ emoji: PARTY, count: 1, users: [alice] }]) }),
    });
    renderWithProviders(<ChatPanel teamId={7} teamName="Crew" me={alice} />);
    await screen.findByText('ship it');
    expect(screen.queryAllByTestId('reaction')).toHaveLength(0);

    await userEvent.click(screen.getByRole('button', { name: 'Add reaction' }));
    await userEvent.click(within(screen.getByRole('group', { name: 'Pick a reaction' })).getByRole('button', { name: `React with ${PARTY}` }));

    expect(await screen.findByTestId('reaction')).toHaveTextContent(`${PARTY}1`);
    expect(screen.queryByRole('group', { name: 'Pick a reaction' })).toBeNull();
    expect(calls.some((c) => c.method === 'PUT' && c.path === reactionPath(1, PARTY))).toBe(true);
  });

  it('follows reactions others make, as the envelopes set them', async () => {
    mockApi({ 'GET /api/teams/7/messages': () => ({ body: [message(1, 'hello', alice)] }) });
    const { queryClient } = renderWithProviders(<ChatPanel teamId={7} teamName="Crew" me={alice} />);
    await screen.findByText('hello');

    act(() => setReactionsInCache(queryClient, 7, 1, [{ emoji: THUMBS, count: 1, users: [bob] }]));

    expect(await screen.findByTestId('reaction')).toHaveAttribute('title', `Bob reacted with ${THUMBS}`);
  });

  it('offers no reactions on a deleted message', async () => {
    mockApi({ 'GET /api/teams/7/messages': () => ({ body: [{ ...message(1, 'x', bob), body: null, deleted: true }] }) });
    renderWithProviders(<ChatPanel teamId={7} teamName="Crew" me={alice} />);
    await screen.findByText('Message deleted');
    expect(screen.queryByRole('button', { name: 'Add reaction' })).toBeNull();
  });
});

describe('ChatPanel mentions', () => {
  it('marks mentions, mine more strongly, and the message that mentions me', async () => {
    mockApi({
      'GET /api/teams/7/messages': () => ({
        body: [message(1, 'hey @Alice, ask @carol', bob), message(2, 'only @carol here', bob), message(3, 'mail alice@x.org', bob)],
      }),
    });
    renderWithProviders(<ChatPanel teamId={7} teamName="Crew" me={alice} />);
    await screen.findByText(/only/);

    const [first, second, third] = screen.getAllByTestId('message');
    expect(within(first).getByTestId('mention-me')).toHaveTextContent('@Alice');
    expect(within(first).getByTestId('mention')).toHaveTextContent('@carol');
    expect(first).toHaveClass('message-mentions-me');
    expect(first.querySelector('.message-body')?.textContent).toBe('hey @Alice, ask @carol');
    expect(within(second).queryByTestId('mention-me')).toBeNull();
    expect(second).not.toHaveClass('message-mentions-me');
    expect(within(third).queryByTestId('mention')).toBeNull();
  });
});
