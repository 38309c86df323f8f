package app.huddle.api.auth;

import app.huddle.api.shared.UserRef;

/**
 * The answer to a successful login: a bearer token (also set as the session cookie) and
 * the user.
 */
record LoginResponse(String token, UserRef user) {
}
