package app.huddle.api.shared;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A failure the client can act on; rendered as problem+json with the given status, detail
 * and headers.
 */
public class HuddleException extends RuntimeException {

	private final HttpStatus status;

	private final HttpHeaders headers;

	public HuddleException(HttpStatus status, String detail) {
		this(status, detail, new HttpHeaders());
	}

	protected HuddleException(HttpStatus status, String detail, HttpHeaders headers) {
		super(detail);
		this.status = status;
		this.headers = HttpHeaders.readOnlyHttpHeaders(headers);
	}

	public HttpStatus status() {
		return status;
	}

	/** Headers the answer carries besides the problem, such as Retry-After. */
	public HttpHeaders headers() {
		return headers;
	}

	public static HuddleException notFound(String detail) {
		return new HuddleException(HttpStatus.NOT_FOUND, detail);
	}

	public static HuddleException conflict(String detail) {
		return new HuddleException(HttpStatus.CONFLICT, detail);
	}

	public static HuddleException forbidden(String detail) {
		return new HuddleException(HttpStatus.FORBIDDEN, detail);
	}

	public static HuddleException badRequest(String detail) {
		return new HuddleException(HttpStatus.BAD_REQUEST, detail);
	}

	/**
	 * 429 with Retry-After in whole seconds; the detail should say how long to wait, see
	 * {@link #seconds}.
	 */
	public static HuddleException tooManyRequests(String detail, Duration wait) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds(wait)));
		return new HuddleException(HttpStatus.TOO_MANY_REQUESTS, detail, headers);
	}

	/** A wait in whole seconds, rounded up, at least one. */
	public static long seconds(Duration wait) {
		return Math.max(1, (wait.toMillis() + 999) / 1000);
	}

}
