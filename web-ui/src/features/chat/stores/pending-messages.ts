import { useSyncExternalStore } from 'react';
import type { User } from '@/types/api';

/** A message shown at once while it is being sent (optimistic), keyed by its clientId. */
export type PendingMessage = {
  clientId: string;
  teamId: number;
  body: string;
  author: User;
  createdAt: string;
  status: 'sending' | 'failed';
  error?: string;
};

let byTeam = new Map<number, PendingMessage[]>();
const listeners = new Set<() => void>();
const empty: PendingMessage[] = [];

const emit = () => listeners.forEach((l) => l());

function update(teamId: number, fn: (list: PendingMessage[]) => PendingMessage[]) {
  const next = fn(byTeam.get(teamId) ?? empty);
  byTeam = new Map(byTeam);
  if (next.length) byTeam.set(teamId, next);
  else byTeam.delete(teamId);
  emit();
}

export const pendingMessages = {
  add(message: PendingMessage) {
    update(message.teamId, (list) => [...list.filter((m) => m.clientId !== message.clientId), message]);
  },
  patch(teamId: number, clientId: string, patch: Partial<PendingMessage>) {
    update(teamId, (list) => list.map((m) => (m.clientId === clientId ? { ...m, ...patch } : m)));
  },
  remove(teamId: number, clientId: string) {
    update(teamId, (list) => list.filter((m) => m.clientId !== clientId));
  },
  clear() {
    byTeam = new Map();
    emit();
  },
  get(teamId: number): PendingMessage[] {
    return byTeam.get(teamId) ?? empty;
  },
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function usePendingMessages(teamId: number): PendingMessage[] {
  return useSyncExternalStore(
    pendingMessages.subscribe,
    () => pendingMessages.get(teamId),
    () => empty,
  );
}
