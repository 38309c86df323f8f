package app.huddle.api.idempotency;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import app.huddle.api.shared.CurrentUser;
import app.huddle.api.shared.HuddleException;
import app.huddle.api.shared.Problems;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The Idempotency-Key header (IETF draft "The Idempotency-Key HTTP Header Field") on
 * every changing request under /api (POST, PUT, PATCH, DELETE): the first request with a
 * key runs and its answer is kept for 24 hours; the same request sent again with the key
 * gets that answer back, marked {@code Idempotent-Replayed: true}, without running again.
 * Runs after Spring Security, so keys belong to the signed-in user (or to "anonymous",
 * for register).
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1)
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	static final String REPLAYED = "Idempotent-Replayed";

	/**
	 * A PUT or DELETE sent again changes nothing more, but its answer may differ (a
	 * message deleted twice is not found the second time): with a key, the person sees
	 * the first answer.
	 */
	static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

	/**
	 * Requests that ignore the header. Login answers a new session every time, and a
	 * replay would hand one token out twice; logout is repeatable as it is. A calendar
	 * feed's answer holds its secret URL, which is never stored; sending it again only
	 * makes another URL and revokes the one whose answer was lost.
	 */
	static final Set<String> NOT_COVERED = Set.of("/api/auth/login", "/api/auth/logout", "/api/me/calendar-feed");

	/** POSTs whose bodies hold a password (see {@link Fingerprint}). */
	private static final Set<String> PASSWORD_BODIES = Set.of("/api/auth/register");

	static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

	static final String MALFORMED = "The Idempotency-Key header must be 1 to 64 characters of A-Z, a-z, 0-9 "
			+ "and _ . : - (a UUID will do), optionally in double quotes.";

	static final String REPEATED = "Send one Idempotency-Key header, not several.";

	private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

	private final IdempotencyKeys keys;

	IdempotencyFilter(IdempotencyKeys keys) {
		this.keys = keys;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !METHODS.contains(request.getMethod()) || !path.startsWith("/api/") || NOT_COVERED.contains(path)
				|| request.getHeader(HEADER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		List<String> headers = Collections.list(request.getHeaders(HEADER));
		String key = headers.size() == 1 ? keyOf(headers.getFirst()) : null;
		if (key == null) {
			Problems.write(response, HuddleException.badRequest(headers.size() > 1 ? REPEATED : MALFORMED));
			return;
		}
		byte[] body;
		try {
			body = request.getInputStream().readAllBytes();
		}
		catch (IOException ex) {
			// Over the size limit (413), or the client went away.
			Problems.write(response, ex);
			return;
		}
		String scope = scopeOf(SecurityContextHolder.getContext().getAuthentication());
		String line = request.getMethod() + " " + request.getRequestURI()
				+ (request.getQueryString() != null ? "?" + request.getQueryString() : "");
		byte[] fingerprint = Fingerprint.of(line, body, PASSWORD_BODIES.contains(request.getRequestURI()),
				scope + " " + key);
		UUID owner = UUID.randomUUID();
		Claim claim;
		try {
			claim = keys.claim(scope, key, line, fingerprint, owner);
		}
		catch (RuntimeException ex) {
			unavailable(response, ex);
			return;
		}
		switch (claim) {
			case Claim.Granted granted -> run(new ReadBodyRequest(request, body), response, chain, scope, key, owner);
			case Claim.Replay replay -> replay(response, replay.answer());
			case Claim.InProgress inProgress -> Problems.write(response, new KeyStillInUse(inProgress.retryAfter()));
			case Claim.Mismatch mismatch -> Problems.write(response,
					new HuddleException(HttpStatus.UNPROCESSABLE_CONTENT, mismatch(mismatch.firstRequest(), line)));
		}
	}

	/** The key the header names, without the quotes of its structured-field form. */
	static @Nullable String keyOf(String header) {
		String key = header.length() >= 2 && header.startsWith("\"") && header.endsWith("\"")
				? header.substring(1, header.length() - 1) : header;
		return KEY.matcher(key).matches() ? key : null;
	}

	static String scopeOf(@Nullable Authentication authentication) {
		return authentication != null && authentication.getPrincipal() instanceof CurrentUser user ? "user:" + user.id()
				: "anonymous";
	}

	private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String scope,
			String key, UUID owner) throws IOException, ServletException {
		CapturedAnswer answer = new CapturedAnswer(response);
		try {
			chain.doFilter(request, answer);
		}
		catch (Throwable ex) {
			release(scope, key, owner);
			throw ex;
		}
		int status = answer.getStatus();
		if (!answer.sentError && StoredAnswer.isOutcome(status, answer.getHeader(HttpHeaders.RETRY_AFTER))) {
			store(scope, key, owner, new StoredAnswer(status, answer.getContentType(), answer.getContentAsByteArray()));
		}
		else {
			release(scope, key, owner);
		}
		answer.copyBodyToResponse();
	}

	/**
	 * A failure here leaves the claim in place: the client gets the answer, and a copy
	 * sent meanwhile waits (409) rather than running the request a second time at once.
	 */
	private void store(String scope, String key, UUID owner, StoredAnswer answer) {
		try {
			if (!keys.complete(scope, key, owner, answer)) {
				log.warn("Idempotency-Key {} of {} was taken over while its request ran; its answer is not kept", key,
						scope);
			}
		}
		catch (RuntimeException ex) {
			log.warn("The answer to Idempotency-Key {} of {} could not be kept: {}", key, scope, ex.getMessage());
		}
	}

	private void release(String scope, String key, UUID owner) {
		try {
			keys.release(scope, key, owner);
		}
		catch (RuntimeException ex) {
			log.warn("Idempotency-Key {} of {} stays claimed until it counts as abandoned: {}", key, scope,
					ex.getMessage());
		}
	}

	private static void replay(HttpServletResponse response, StoredAnswer answer) throws IOException {
		response.setStatus(answer.status());
		if (answer.contentType() != null) {
			response.setContentType(answer.contentType());
		}
		response.setHeader(REPLAYED, "true");
		response.setContentLength(answer.body().length);
		response.getOutputStream().write(answer.body());
	}

	static String mismatch(String first, String line) {
		String other = first.equals(line) ? first + " with a different body" : first + ", not " + line;
		return "This Idempotency-Key was already used for " + other
				+ "; a key stands for one request: send a new request with a new key.";
	}

	/** The database could not be reached to claim the key: the request did not run. */
	private static void unavailable(HttpServletResponse response, RuntimeException ex) throws IOException {
		if (ex instanceof DataAccessException || ex instanceof TransactionException) {
			log.warn("Could not claim an Idempotency-Key: {}", ex.getMessage());
		}
		else {
			log.error("Could not claim an Idempotency-Key", ex);
		}
		Problems.write(response, ex);
	}

	/** The answer, held back until it is stored; notes a sendError, whose page is not. */
	private static final class CapturedAnswer extends ContentCachingResponseWrapper {

		private boolean sentError;

		CapturedAnswer(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void sendError(int status) throws IOException {
			sentError = true;
			super.sendError(status);
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			sentError = true;
			super.sendError(status, message);
		}

	}

}
