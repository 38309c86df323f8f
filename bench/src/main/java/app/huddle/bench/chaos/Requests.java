package app.huddle.bench.chaos;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One HTTP exchange with the gateway, without retries (those are {@link ClientRetry}'s):
 * the answer, or how the transport failed.
 */
final class Requests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private final URI gateway;

	Requests(URI gateway) {
		this.gateway = gateway;
	}

	URI gateway() {
		return this.gateway;
	}

	/**
	 * An answer ({@code status > 0}) or a transport failure ({@code status == 0}, with
	 * {@code refused} when the connection was never made, so nothing was sent).
	 */
	record Outcome(int status, JsonNode body, Optional<Duration> retryAfter, boolean refused, String failure) {

		boolean ok() {
			return this.status >= 200 && this.status < 300;
		}

		String describe() {
			return (this.status == 0) ? this.failure : this.status + " " + this.body.path("detail").asString("");
		}

	}

	Outcome send(String method, String path, @Nullable String token, @Nullable Object body) {
		return send(method, path, token, body, null);
	}

	/** With an {@code Idempotency-Key}, so that a creating request may be sent again. */
	Outcome send(String method, String path, @Nullable String token, @Nullable Object body,
			@Nullable String idempotencyKey) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.gateway.resolve(path))
			.timeout(TIMEOUT)
			.header("Content-Type", "application/json")
			.method(method, (body == null) ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode json = response.body().isBlank() ? JSON.missingNode() : parse(response.body());
			Optional<Duration> retryAfter = response.headers().firstValue("Retry-After").flatMap(Requests::seconds);
			return new Outcome(response.statusCode(), json, retryAfter, false, "");
		}
		catch (IOException ex) {
			boolean refused = ex instanceof ConnectException || ex.getCause() instanceof ConnectException;
			return new Outcome(0, JSON.missingNode(), Optional.empty(), refused,
					ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

	private static JsonNode parse(String body) {
		try {
			return JSON.readTree(body);
		}
		catch (RuntimeException ex) {
			return JSON.getNodeFactory().stringNode(body);
		}
	}

	private static Optional<Duration> seconds(String value) {
		try {
			return Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
