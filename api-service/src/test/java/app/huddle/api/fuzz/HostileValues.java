package app.huddle.api.fuzz;

import java.util.List;
import java.util.Random;

/**
 * The hostile values the fuzzer draws from: texts, numbers, dates and JSON fragments no
 * client should send. JSON fragments are Java strings whose characters become bytes one
 * to one after {@link #RAW_BYTE} markers; everything else is UTF-8.
 */
final class HostileValues {

	/** Marks a raw byte in a fragment: the next char's low 8 bits go out unencoded. */
	static final char RAW_BYTE = '\uE000';

	static final List<String> TEXTS = List.of("", " ", "\u0000", "a\u0000b", "\u0001\u0002\u0003\u001f", "\u007f",
			"\u0085", "line\nbreak\r\n", "\t", "\u2028\u2029", "\u202Eevil", "\uD800", "\uDC00", "x\uDBFFy", "\uFEFF",
			"\uFFFE\uFFFF", "😀", "e\u0301\u0301\u0301\u0301", "\u200B\u200D", "'; DROP TABLE users;--",
			"<script>alert(1)</script>", "%00", "%", "${jndi:ldap://x/a}", "../../etc/passwd", "null", "true", "   ",
			"\\", "\"", "{{7*7}}", "ＡＢＣ", "İı", "ß", "\u0130stanbul", "a".repeat(33), "a".repeat(81), "a".repeat(129),
			"b".repeat(4001), "é".repeat(2001), "😀".repeat(1001));

	/**
	 * Raw byte sequences that are not UTF-8: an overlong '/', 0xFF, an encoded surrogate.
	 */
	static final List<String> BAD_UTF8 = List.of(raw(0xC0, 0xAF), raw(0xFF), raw(0xED, 0xA0, 0x80), raw(0xE2, 0x82),
			raw(0xF8, 0x88, 0x80, 0x80, 0x80), raw(0x80));

	static final List<String> NUMBERS = List.of("0", "-1", "-0", "1.5", "1e308", "-1e308", "1e400", "1E-400",
			"2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
			"-9223372036854775808", "-9223372036854775809", "1" + "0".repeat(400), "0.0000001", "00012", "1e2");

	static final List<String> DATES = List.of("2026-13-45T99:99:99Z", "+999999999-12-31T23:59:59Z",
			"-999999999-01-01T00:00:00Z", "0000-00-00T00:00:00Z", "1970-01-01", "2026-01-01T00:00:00",
			"2026-02-30T10:00:00Z", "9999-12-31T23:59:59.999999999Z", "2026-01-01T00:00:00+25:00",
			"+10000-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "-0001-01-01T00:00:00Z", "yesterday", "",
			"2026-06-01T10:00:00.123456789012Z", "2026-06-01T10:00:00Z[Europe/Nowhere]", "1e10",
			"2026-W01-1T00:00:00Z");

	static final List<String> WRONG_TYPES = List.of("true", "false", "null", "[]", "{}", "[1,2,3]", "{\"a\":1}",
			"\"12\"", "12", "-5", "1.5", "[\"x\"]", "{\"$ref\":\"#\"}");

	static final List<String> CONTENT_TYPES = List.of("application/json", "application/json",
			"application/json; charset=UTF-8", "text/plain", "application/xml", "application/x-www-form-urlencoded",
			"multipart/form-data", "application/json; charset=utf-16", "application/json; charset=nonsense",
			"application/merge-patch+json", "*/*", ";;;", "application/", "application/json; boundary=\"",
			"application/problem+json");

	static final List<String> ACCEPTS = List.of("application/json", "*/*", "application/xml", "text/html",
			"application/problem+json", "text/event-stream", "garbage", "application/json;q=abc", "*/*;q=0", ";");

	private HostileValues() {
	}

	static String raw(int... bytes) {
		StringBuilder text = new StringBuilder();
		for (int b : bytes) {
			text.append(RAW_BYTE).append((char) b);
		}
		return text.toString();
	}

	static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/** A hostile text, sometimes with raw invalid UTF-8 inside. */
	static String text(Random random) {
		String text = pick(random, TEXTS);
		return random.nextInt(5) == 0 ? text + pick(random, BAD_UTF8) : text;
	}

	/** The text as a JSON string literal, control characters and surrogates escaped. */
	static String jsonString(String text) {
		StringBuilder json = new StringBuilder("\"");
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == RAW_BYTE && i + 1 < text.length()) {
				json.append(c).append(text.charAt(++i));
			}
			else if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c < 0x20 || Character.isSurrogate(c) && !validPair(text, i)) {
				json.append(String.format("\\u%04x", (int) c));
			}
			else {
				json.append(c);
			}
		}
		return json.append('"').toString();
	}

	private static boolean validPair(String text, int i) {
		char c = text.charAt(i);
		return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
				: i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
	}

	/** JSON nested {@code depth} levels deep, as arrays or objects. */
	static String nested(int depth, boolean objects) {
		String open = objects ? "{\"a\":" : "[";
		String close = objects ? "}" : "]";
		return open.repeat(depth) + "1" + close.repeat(depth);
	}

	/**
	 * A hostile value for a schema: wrong type, extreme number, bad date, hostile text.
	 */
	static String jsonValue(Random random, tools.jackson.databind.JsonNode schema) {
		String type = schema.path("type").isArray() ? schema.path("type").get(0).asString()
				: schema.path("type").asString("string");
		return switch (random.nextInt(6)) {
			case 0 -> pick(random, WRONG_TYPES);
			case 1 -> nested(1 + random.nextInt(random.nextBoolean() ? 20 : 3000), random.nextBoolean());
			default -> switch (type) {
				case "integer", "number" ->
					random.nextInt(4) == 0 ? jsonString(pick(random, NUMBERS)) : pick(random, NUMBERS);
				default -> "date-time".equals(schema.path("format").asString("")) ? jsonString(pick(random, DATES))
						: jsonString(text(random));
			};
		};
	}

	/** A valid value for a schema, so that other fields' faults are reached. */
	static String validValue(Random random, String field, tools.jackson.databind.JsonNode schema) {
		if ("date-time".equals(schema.path("format").asString(""))) {
			return "\"2027-0" + (1 + random.nextInt(9)) + "-01T10:00:00Z\"";
		}
		String type = schema.path("type").isArray() ? schema.path("type").get(0).asString()
				: schema.path("type").asString("string");
		if ("integer".equals(type) || "number".equals(type)) {
			return String.valueOf(random.nextInt(3));
		}
		return switch (field) {
			case "username" -> "\"fz" + Integer.toString(random.nextInt(1 << 30), 36) + "\"";
			case "password" -> "\"correct-horse\"";
			case "clientId" -> "\"c-" + random.nextInt(1 << 30) + "\"";
			default -> "\"fuzz\"";
		};
	}

}
