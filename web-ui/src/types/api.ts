// JSON shapes of the public REST/STOMP contract (see docs/api-notes.md in the repository root).

export type User = {
  id: number;
  username: string;
  displayName: string;
};

export type TeamRole = 'OWNER' | 'MEMBER';

export type Team = {
  id: number;
  name: string;
  description: string | null;
  role: TeamRole;
};

export type Member = User & { role: TeamRole };

export type TeamDetail = Team & { members: Member[] };

export type InvitationStatus = 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'REVOKED' | 'EXPIRED';

export type Invitation = {
  id: number;
  team: { id: number; name: string };
  inviter: User;
  invitee: User;
  status: InvitationStatus;
  createdAt?: string;
  expiresAt?: string | null;
};

export type Message = {
  id: number;
  teamId: number;
  seq: number;
  author: User;
  body: string;
  clientId?: string | null;
  createdAt: string;
};

export type TeamEvent = {
  id: number;
  teamId: number;
  seq: number;
  title: string;
  startsAt: string;
  endsAt: string | null;
  location: string | null;
  description: string | null;
  createdBy: User;
  createdAt?: string;
};

export type MembershipChange = {
  teamId: number;
  user: User;
  role?: TeamRole;
  removedBy?: User | null;
};

export type TeamEnvelopeType =
  | 'chat.message.created'
  | 'event.created'
  | 'member.joined'
  | 'member.left';

export type PersonalEnvelopeType =
  | 'invitation.received'
  | 'invitation.accepted'
  | 'invitation.declined'
  | 'invitation.revoked';

/** One real-time envelope; team envelopes carry a gap-free per-team `seq`, personal ones `seq: null`. */
export type Envelope<T = unknown> = {
  id: string;
  type: TeamEnvelopeType | PersonalEnvelopeType | (string & {});
  teamId: number | null;
  seq: number | null;
  occurredAt: string;
  data: T;
};

export type TeamEnvelope<T = unknown> = Envelope<T> & { teamId: number; seq: number };

export type Notification = {
  id: number;
  type: string;
  teamId: number | null;
  occurredAt: string;
  data: unknown;
  read: boolean;
};
