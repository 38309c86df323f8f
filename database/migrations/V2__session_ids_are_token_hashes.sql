-- Session ids are now a hash of the token the client holds (auth/SessionTokens); the rows
-- written before held the token itself. Those sessions end: their users log in again.
DELETE FROM spring_session;
