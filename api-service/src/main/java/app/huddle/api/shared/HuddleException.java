package app.huddle.api.shared;

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

}
