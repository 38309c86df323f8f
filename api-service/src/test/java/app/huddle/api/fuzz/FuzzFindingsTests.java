package app.huddle.api.fuzz;

import java.nio.charset.StandardCharsets;

import app.huddle.api.ApiTests;
import app.huddle.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@link HostileRequestFuzzTests} found (issue 12), one example each: every one
 * answered 500, an empty 406 after the operation had run, or named a Java type.
 */
class FuzzFindingsTests extends ApiTests {

	@Test
	void aQueryParameterThatIsNotUtf8IsABadRequest() {
		var owner = fixtures.user("utf8");
		long team = fixtures.team(owner);

		RawHttp.Answer answer = send("GET /api/teams/" + team + "/messages?before=%ED%A0%80", owner, "");

		assertRefused(answer, 400, "percent-encoded UTF-8");
	}

	@Test
	void aRepeatedParameterIsEchoedAsSentNotAsAJavaArray() {
		var owner = fixtures.user("twice");

		RawHttp.Answer answer = send("GET /api/notifications?limit=x&limit=y", owner, "");

		assertRefused(answer, 400, "'limit' has an invalid value: x, y");
		assertThat(answer.body()).doesNotContain("[L", "java.");
	}

	@Test
	void anAcceptHeaderThatAllowsNoJsonIsRefusedBeforeTheOperationRuns() {
		var owner = fixtures.user("accept");
		String created = "{\"name\":\"" + Fixtures.uniqueName("t") + "\"}";

		assertRefused(send("POST /api/teams", owner, "Accept: ;\r\nContent-Type: application/json\r\n", created), 406,
				"Accept header is not a valid");
		assertRefused(send("POST /api/teams", owner,
				"Accept: application/json;q=abc\r\nContent-Type: application/json\r\n", created), 406,
				"Accept header is not a valid");
		assertRefused(
				send("POST /api/teams", owner, "Accept: text/html\r\nContent-Type: application/json\r\n", created), 406,
				"allows neither");

		assertThat(http.get("/api/teams", owner.token()).json()).as("no team was created").isEmpty();
	}

	@Test
	void aWildcardContentTypeIsAnUnsupportedMediaType() {
		var owner = fixtures.user("wildcard");

		RawHttp.Answer answer = send("POST /api/teams", owner, "Content-Type: */*\r\n", "{\"name\":\"x\"}");

		assertRefused(answer, 415, "concrete media type");
		assertThat(http.get("/api/teams", owner.token()).json()).isEmpty();
	}

	@Test
	void aMultipartBodyWithoutBoundaryIsABadRequest() {
		RawHttp.Answer answer = new RawHttp(port).send(request("POST /api/auth/login", "",
				"Content-Type: multipart/form-data\r\n", "{\"username\":\"a\",\"password\":\"b\"}"));

		assertRefused(answer, 400, "not valid multipart/form-data");
	}

	private RawHttp.Answer send(String requestLine, Fixtures.User user, String headers) {
		return new RawHttp(port).send(request(requestLine, user.token(), headers, null));
	}

	private RawHttp.Answer send(String requestLine, Fixtures.User user, String headers, String body) {
		return new RawHttp(port).send(request(requestLine, user.token(), headers, body));
	}

	private static byte[] request(String requestLine, String token, String headers,
			@org.jspecify.annotations.Nullable String body) {
		StringBuilder request = new StringBuilder(requestLine)
			.append(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n")
			.append(token.isEmpty() ? "" : "Authorization: Bearer " + token + "\r\n")
			.append(headers);
		if (body != null) {
			request.append("Content-Length: ").append(body.getBytes(StandardCharsets.UTF_8).length).append("\r\n");
		}
		return request.append("\r\n").append(body == null ? "" : body).toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void assertRefused(RawHttp.Answer answer, int status, String detail) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.body()).contains(detail).doesNotContain("Exception");
	}

}
