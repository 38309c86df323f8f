package app.huddle.api.calendar;

import java.nio.charset.StandardCharsets;

/**
 * RFC 5545 line folding: no line longer than 75 octets of UTF-8, continued on the next
 * line after CRLF and a space, never splitting a character. (ical4j folds by characters,
 * which lets a line of non-ASCII text run past 75 octets.)
 */
final class Folding {

	private static final int LIMIT = 75;

	private Folding() {
	}

	static String fold(String unfolded) {
		StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 64);
		for (String line : unfolded.split("\r\n")) {
			int octets = 0;
			for (int i = 0; i < line.length();) {
				int codePoint = line.codePointAt(i);
				int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
				if (octets + size > LIMIT) {
					folded.append("\r\n ");
					octets = 1;
				}
				folded.appendCodePoint(codePoint);
				octets += size;
				i += Character.charCount(codePoint);
			}
			folded.append("\r\n");
		}
		return folded.toString();
	}

}
