package app.huddle.api.auth;

import java.time.Duration;

import app.huddle.api.shared.CurrentUser;
import app.huddle.api.shared.HuddleException;
import app.huddle.api.shared.UserRef;
import app.huddle.api.user.Users;
import app.huddle.api.shared.RetryOnFailover;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts and checks passwords, throttling repeated failures. */
@Service
@RetryOnFailover
class AuthService {

	private final Users users;

	private final PasswordEncoder passwords;

	private final LoginThrottle throttle;

	private final String dummyHash;

	AuthService(Users users, PasswordEncoder passwords, LoginThrottle throttle) {
		this.users = users;
		this.passwords = passwords;
		this.throttle = throttle;
		this.dummyHash = passwords.encode("not-a-real-password");
	}

	@Transactional
	UserRef register(String username, String password, @Nullable String displayName) {
		String shown = displayName == null || displayName.isEmpty() ? username : displayName;
		return users.create(username, shown, passwords.encode(password));
	}

	/**
	 * The user whose password this is; fails with 401, or 429 once an account or address
	 * has failed too often.
	 */
	CurrentUser login(String username, String password, String address) {
		Duration wait = throttle.waitBeforeAttempt(username, address);
		if (!wait.isZero()) {
			throw HuddleException.tooManyRequests(
					"Too many failed logins; try again in " + HuddleException.seconds(wait) + " seconds.", wait);
		}
		String hash = users.passwordHash(username).orElse(null);
		boolean matches = passwords.matches(password, hash != null ? hash : dummyHash) && hash != null;
		if (!matches) {
			throttle.recordFailure(username, address);
			throw new BadCredentialsException("Wrong username or password.");
		}
		UserRef user = users.findByUsername(username).orElseThrow();
		return new CurrentUser(user.id(), user.username(), user.displayName());
	}

}
