package app.huddle.api.shared;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one mapping from failures to answers: every error the API gives, whether from a
 * controller, the security filters or another filter, is the problem document (RFC 9457,
 * application/problem+json) this class makes of the failure.
 */
public final class Problems {

	static final String SIGN_IN = "Sign in first: send 'Authorization: Bearer <token>' or the session cookie.";

	static final String NOT_ALLOWED = "You may not do this.";

	static final String UNEXPECTED = "Something went wrong on our side; please retry.";

	static final String REJECTED_URL = "This URL is not allowed: no encoded slashes, dots or control characters, "
			+ "no ';' parameters, no empty path segments.";

	static final String UNDECODABLE_PARAMETERS = "The query string is not valid: parameters must be percent-encoded UTF-8.";

	static final String NOT_MULTIPART = "The body is not valid multipart/form-data; this API takes application/json.";

	static final String NUL_CHARACTER = "Text must not contain the NUL character (U+0000).";

	/**
	 * PostgreSQL's character_not_in_repertoire: the one character its text cannot hold.
	 */
	private static final String NUL_IN_TEXT = "22021";

	static final String BUSY = "This server is too busy to take the request right now; try again in a second.";

	static final String FAILING_OVER = "The database is switching over to its standby and took longer than this "
			+ "request could wait. Send it again in a few seconds.";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Problems() {
	}

	/**
	 * What a failure answers: status, detail, extra headers and extra problem members.
	 */
	record Answer(HttpStatus status, String detail, HttpHeaders headers, Map<String, Object> properties) {

		Answer(HttpStatus status, String detail) {
			this(status, detail, HttpHeaders.EMPTY, Map.of());
		}

	}

	static Answer answer(Throwable failure) {
		return switch (failure) {
			case HuddleException ex -> new Answer(ex.status(), String.valueOf(ex.getMessage()), ex.headers(), Map.of());
			// Any text, wherever it came from (body, path, query, the login form),
			// reaches the
			// database unchanged; PostgreSQL refuses the NUL character and the
			// transaction
			// rolls back, so nothing is stored.
			case Throwable ex when causedBy(ex, NUL_IN_TEXT) -> new Answer(HttpStatus.BAD_REQUEST, NUL_CHARACTER);
			case Throwable ex when RequestSizeLimitFilter.isTooLarge(ex) ->
				new Answer(HttpStatus.CONTENT_TOO_LARGE, RequestSizeLimitFilter.DETAIL);
			case RequestRejectedException ex -> new Answer(HttpStatus.BAD_REQUEST, REJECTED_URL);
			// Tomcat decodes parameters lazily and throws when the bytes are not UTF-8.
			case Throwable ex when causedBy(ex, InvalidParameterException.class) ->
				new Answer(HttpStatus.BAD_REQUEST, UNDECODABLE_PARAMETERS);
			case BadCredentialsException ex -> new Answer(HttpStatus.UNAUTHORIZED, String.valueOf(ex.getMessage()));
			case AuthenticationException ex -> new Answer(HttpStatus.UNAUTHORIZED, SIGN_IN);
			case AccessDeniedException ex -> new Answer(HttpStatus.FORBIDDEN, NOT_ALLOWED);
			case MethodArgumentTypeMismatchException ex -> new Answer(HttpStatus.BAD_REQUEST,
					"Parameter '" + ex.getName() + "' has an invalid value: " + shown(ex.getValue()));
			case MethodArgumentNotValidException ex -> invalidBody(ex);
			case MultipartException ex -> new Answer(HttpStatus.BAD_REQUEST, NOT_MULTIPART);
			case HandlerMethodValidationException ex -> new Answer(HttpStatus.BAD_REQUEST, String.join("; ",
					ex.getAllErrors().stream().map(error -> String.valueOf(error.getDefaultMessage())).toList()));
			case HttpMessageNotReadableException ex -> new Answer(HttpStatus.BAD_REQUEST, unreadableBody(ex));
			case Throwable ex when PoolExhaustion.causedBy(ex) -> unavailable(BUSY, "1");
			// The failover outlasted the retries of @RetryOnFailover.
			case Throwable ex when FailoverPredicate.causedByFailover(ex) -> unavailable(FAILING_OVER, "2");
			default -> new Answer(HttpStatus.INTERNAL_SERVER_ERROR, UNEXPECTED);
		};
	}

	private static Answer unavailable(String detail, String retryAfterSeconds) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
		return new Answer(HttpStatus.SERVICE_UNAVAILABLE, detail, headers, Map.of());
	}

	/**
	 * Whether the failure is the server's momentary unavailability (503), not a fault.
	 */
	static boolean unavailable(Throwable failure) {
		return answer(failure).status() == HttpStatus.SERVICE_UNAVAILABLE;
	}

	/** The answer as Spring MVC returns it from an exception handler. */
	static ResponseEntity<Object> response(Answer answer) {
		ProblemDetail problem = of(answer.status(), answer.detail());
		answer.properties().forEach(problem::setProperty);
		return ResponseEntity.status(answer.status()).headers(answer.headers()).body(problem);
	}

	private static ProblemDetail of(HttpStatusCode status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("about:blank"));
		return problem;
	}

	/**
	 * Writes the failure's problem straight to the response, for filters that answer
	 * before Spring MVC does.
	 */
	public static void write(HttpServletResponse response, Throwable failure) throws IOException {
		Answer answer = answer(failure);
		response.setStatus(answer.status().value());
		answer.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(body(answer.status(), answer.detail(), answer.properties()));
	}

	/** A problem document as JSON, for code that writes a response by hand. */
	static String body(HttpStatus status, String detail, Map<String, Object> properties) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", status.getReasonPhrase());
		body.put("status", status.value());
		body.put("detail", detail);
		body.putAll(properties);
		return JSON.writeValueAsString(body);
	}

	private static Answer invalidBody(MethodArgumentNotValidException ex) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
			.toList();
		String detail = errors.isEmpty() ? "The request is invalid."
				: String.join("; ", errors.stream().map(e -> e.get("field") + " " + e.get("message")).toList());
		return new Answer(HttpStatus.BAD_REQUEST, detail, HttpHeaders.EMPTY, Map.of("errors", errors));
	}

	/**
	 * Says what is wrong with a body without the parser's own words, which name our
	 * classes and method signatures.
	 */
	private static String unreadableBody(HttpMessageNotReadableException ex) {
		if (String.valueOf(ex.getMessage()).startsWith("Required request body is missing")) {
			return "A JSON body is required.";
		}
		if (ex.getCause() instanceof StreamReadException) {
			return "The request body is not valid JSON.";
		}
		if (ex.getCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
			String field = json.getPath()
				.stream()
				.map(step -> step.getPropertyName() != null ? step.getPropertyName() : "[" + step.getIndex() + "]")
				.collect(Collectors.joining("."))
				.replace(".[", "[");
			return "The request body is not valid JSON of the expected shape: '" + field + "' has the wrong type.";
		}
		return "The request body is not valid JSON of the expected shape: an object with the documented fields.";
	}

	/**
	 * A parameter's value as the client sent it; a repeated parameter's values joined.
	 */
	private static String shown(@Nullable Object value) {
		return value instanceof Object[] values
				? String.join(", ", java.util.Arrays.stream(values).map(String::valueOf).toList())
				: String.valueOf(value);
	}

	private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
		return Causes.any(failure, type::isInstance);
	}

	private static boolean causedBy(Throwable failure, String sqlState) {
		return Causes.any(failure, cause -> cause instanceof SQLException sql && sqlState.equals(sql.getSQLState()));
	}

}
