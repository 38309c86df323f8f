package app.huddle.api.shared;

import org.springframework.http.HttpStatus;

/**
 * A failure the client can act on; rendered as problem+json with the given status and
 * detail.
 */
public class HuddleException extends RuntimeException {

	private final HttpStatus status;

	public HuddleException(HttpStatus status, String detail) {
		super(detail);
		this.status = status;
	}

	public HttpStatus status() {
		return status;
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
