package app.huddle.api.fuzz;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import static app.huddle.api.fuzz.HostileValues.RAW_BYTE;
import static app.huddle.api.fuzz.HostileValues.pick;

/**
 * One hostile HTTP/1.1 request for an operation, as the bytes that go on the wire, with a
 * readable form for failure messages.
 */
record HostileRequest(Operation operation, String text) {

	private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

	/** Who the request claims to be. */
	enum Auth {

		OWNER_BEARER, OWNER_COOKIE, STRANGER, NONE, GARBAGE_TOKEN

	}

	static HostileRequest of(Operation operation, Auth auth, Random random, FuzzTarget target) {
		String method = random.nextInt(20) == 0 ? pick(random, List.of("PUT", "PATCH", "FOO", "DELETE", "OPTIONS"))
				: operation.method();
		StringBuilder request = new StringBuilder(method).append(' ')
			.append(path(operation, random, target))
			.append(query(operation, random))
			.append(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
		switch (auth) {
			case OWNER_BEARER -> header(request, "Authorization", "Bearer " + target.owner.token());
			case OWNER_COOKIE -> header(request, "Cookie", "HUDDLE_SESSION=" + target.owner.token());
			case STRANGER -> header(request, "Authorization", "Bearer " + target.stranger.token());
			case GARBAGE_TOKEN -> header(request, random.nextBoolean() ? "Authorization" : "Cookie",
					(random.nextBoolean() ? "Bearer " : "HUDDLE_SESSION=") + HostileValues.text(random));
			case NONE -> {
			}
		}
		oddHeaders(request, random);
		String body = operation.body() != null || random.nextInt(8) == 0 ? body(operation, random) : null;
		if (body != null) {
			if (random.nextInt(4) > 0) {
				header(request, "Content-Type", random.nextInt(3) > 0 ? "application/json"
						: HostileValues.pick(random, HostileValues.CONTENT_TYPES));
			}
			int length = bytes(body).length;
			switch (random.nextInt(20)) {
				case 0 -> request.append("Transfer-Encoding: chunked\r\n\r\n")
					.append(Integer.toHexString(length))
					.append("\r\n")
					.append(body)
					.append("\r\n0\r\n\r\n");
				case 1 -> request.append("Content-Length: ")
					.append(pick(random, List.of("abc", "-1", length + ", " + (length + 1), "99999999999999999999")))
					.append("\r\n\r\n")
					.append(body);
				default -> request.append("Content-Length: ").append(length).append("\r\n\r\n").append(body);
			}
		}
		else {
			request.append("\r\n");
		}
		return new HostileRequest(operation, request.toString());
	}

	byte[] bytes() {
		return bytes(text);
	}

	private static String path(Operation operation, Random random, FuzzTarget target) {
		Matcher parameter = PATH_PARAMETER.matcher(operation.path());
		StringBuilder path = new StringBuilder();
		while (parameter.find()) {
			String value = switch (random.nextInt(8)) {
				case 0, 1, 2, 3 -> String.valueOf(switch (parameter.group(1)) {
					case "teamId" -> random.nextInt(4) == 0 ? target.strangersTeam : target.team;
					case "userId" -> random.nextBoolean() ? target.owner.id() : target.stranger.id();
					case "messageId" -> target.message;
					case "eventId" -> target.event;
					default -> target.invitation;
				});
				case 4, 5 -> encode(pick(random, HostileValues.NUMBERS));
				case 6 -> encode(HostileValues.text(random));
				default -> HostileValues.text(random);
			};
			parameter.appendReplacement(path, Matcher.quoteReplacement(value));
		}
		parameter.appendTail(path);
		return path.toString();
	}

	private static String query(Operation operation, Random random) {
		List<String> pairs = new ArrayList<>();
		for (Operation.Parameter parameter : operation.parameters()) {
			if (!"query".equals(parameter.in()) || random.nextInt(5) < 2) {
				continue;
			}
			String value = switch (random.nextInt(5)) {
				case 0 -> parameter.isDateTime() ? "2027-01-01T00:00:00Z" : "1";
				case 1, 2 ->
					parameter.isDateTime() ? pick(random, HostileValues.DATES) : pick(random, HostileValues.NUMBERS);
				default -> HostileValues.text(random);
			};
			pairs.add(parameter.name() + "=" + (random.nextInt(6) == 0 ? value : encode(value)));
			if (random.nextInt(10) == 0) {
				pairs.add(parameter.name() + "=" + encode(pick(random, HostileValues.NUMBERS)));
			}
		}
		if (random.nextInt(10) == 0) {
			pairs.add(pick(random, List.of("x=%ZZ", "%=1", "a=%", "=", "&&", "a[b]=1", "limit")));
		}
		return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
	}

	private static void oddHeaders(StringBuilder request, Random random) {
		if (random.nextInt(3) == 0) {
			header(request, "Accept", pick(random, HostileValues.ACCEPTS));
		}
		if (random.nextInt(8) == 0) {
			header(request,
					pick(random,
							List.of("X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Host", "Forwarded", "Origin",
									"Referer", "Accept-Language", "Accept-Charset", "Sec-Fetch-Site", "X-Request-Id",
									"If-None-Match", "Range", "Expect")),
					HostileValues.text(random));
		}
		if (random.nextInt(40) == 0) {
			header(request, "X-Huge", "h".repeat(random.nextBoolean() ? 7_000 : 70_000));
		}
	}

	private static void header(StringBuilder request, String name, String value) {
		request.append(name).append(": ").append(value.replace("\r", "").replace("\n", "")).append("\r\n");
	}

	private static String body(Operation operation, Random random) {
		JsonNode schema = operation.body();
		if (schema == null || random.nextInt(4) == 0) {
			return switch (random.nextInt(12)) {
				case 0 -> "";
				case 1 -> "{";
				case 2 -> "null";
				case 3 -> pick(random, HostileValues.WRONG_TYPES);
				case 4 -> HostileValues.nested(5_000 + random.nextInt(20_000), random.nextBoolean());
				case 5 -> "{\"" + "k".repeat(70_000) + "\":1}";
				case 6 -> "\uFEFF{}";
				case 7 -> HostileValues.raw(0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00);
				case 8 -> "{\"a\":1,\"a\":2}";
				case 9 -> "name=x&body=y";
				case 10 -> HostileValues.text(random);
				default -> "<xml/>";
			};
		}
		List<String> fields = new ArrayList<>();
		for (var property : schema.path("properties").properties()) {
			String name = property.getKey();
			switch (random.nextInt(7)) {
				case 0 -> {
				}
				case 1, 2, 3 -> fields.add(HostileValues.jsonString(name) + ":"
						+ HostileValues.validValue(random, name, property.getValue()));
				default -> fields
					.add(HostileValues.jsonString(name) + ":" + HostileValues.jsonValue(random, property.getValue()));
			}
		}
		if (random.nextInt(6) == 0) {
			fields.add(HostileValues.jsonString(HostileValues.text(random)) + ":"
					+ pick(random, HostileValues.WRONG_TYPES));
		}
		String object = "{" + String.join(",", fields) + "}";
		return random.nextInt(30) == 0 ? object.substring(0, object.length() / 2) : object;
	}

	private static String encode(String value) {
		StringBuilder encoded = new StringBuilder();
		StringBuilder run = new StringBuilder();
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == RAW_BYTE && i + 1 < value.length()) {
				encoded.append(URLEncoder.encode(run.toString(), StandardCharsets.UTF_8).replace("+", "%20"));
				run.setLength(0);
				encoded.append(String.format("%%%02X", value.charAt(++i) & 0xFF));
			}
			else {
				run.append(c);
			}
		}
		return encoded.append(URLEncoder.encode(run.toString(), StandardCharsets.UTF_8).replace("+", "%20")).toString();
	}

	private static byte[] bytes(String text) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		StringBuilder run = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == RAW_BYTE && i + 1 < text.length()) {
				bytes.writeBytes(run.toString().getBytes(StandardCharsets.UTF_8));
				run.setLength(0);
				bytes.write(text.charAt(++i) & 0xFF);
			}
			else {
				run.append(c);
			}
		}
		bytes.writeBytes(run.toString().getBytes(StandardCharsets.UTF_8));
		return bytes.toByteArray();
	}

	/** The request as text, long values cut, for a failure message. */
	@Override
	public String toString() {
		String shown = text.replace(String.valueOf(RAW_BYTE), "\\x");
		return shown.length() > 1500 ? shown.substring(0, 1500) + "… (" + shown.length() + " chars)" : shown;
	}

}
