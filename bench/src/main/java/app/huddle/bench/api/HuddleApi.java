package app.huddle.bench.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Huddle's REST API through the gateway, over HTTP/1.1 keep-alive connections. */
public final class HuddleApi {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final int SETUP_ATTEMPTS = 10;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final URI gateway;

	public HuddleApi(URI gateway) {
		this.gateway = gateway;
	}

	/**
	 * Posts one chat message without waiting; completes with the HTTP status (0 when the
	 * request failed in transport).
	 */
	public CompletableFuture<Integer> postMessage(long teamId, String token, String clientId, String body) {
		String payload = "{\"body\":\"" + body + "\",\"clientId\":\"" + clientId + "\"}";
		HttpRequest request = request("/api/teams/" + teamId + "/messages", token)
			.POST(HttpRequest.BodyPublishers.ofString(payload))
			.build();
		return this.http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
			.handle((response, failure) -> (failure != null) ? 0 : response.statusCode());
	}

	ApiResponse post(String path, @Nullable String token, Map<String, ?> body) {
		return send(request(path, token).POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body)))
			.build());
	}

	ApiResponse get(String path, @Nullable String token) {
		return send(request(path, token).GET().build());
	}

	private HttpRequest.Builder request(String path, @Nullable String token) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(this.gateway.resolve(path))
			.timeout(TIMEOUT)
			.header("Content-Type", "application/json");
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		return builder;
	}

	/**
	 * Set-up requests ride out a stack still draining the previous scenario's overload
	 * (the gateway answering 502 while both replicas are marked down, or refusing): a few
	 * tries, a second apart. Registering twice is answered 409, which set-up accepts.
	 */
	private ApiResponse send(HttpRequest request) {
		for (int attempt = 1;; attempt++) {
			try {
				HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
				if ((response.statusCode() == 502 || response.statusCode() == 503) && attempt < SETUP_ATTEMPTS) {
					pause();
					continue;
				}
				boolean isJson = response.headers().firstValue("Content-Type").orElse("").contains("json");
				JsonNode body = isJson ? this.json.readTree(response.body())
						: this.json.getNodeFactory().stringNode(response.body());
				return new ApiResponse(response.statusCode(), body);
			}
			catch (IOException ex) {
				if (attempt >= SETUP_ATTEMPTS) {
					throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", ex);
				}
				pause();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted", ex);
			}
		}
	}

	private static void pause() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

}
