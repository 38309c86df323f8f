package app.huddle.api.chat;

import java.util.regex.Pattern;

import app.huddle.api.shared.HuddleException;

/**
 * The emoji a reaction names: one emoji grapheme (a single code point, a flag, a keycap,
 * one with a skin tone or a ZWJ sequence such as 👩‍💻), nothing else.
 */
final class ReactionEmoji {

	/** Far above any real emoji sequence (the longest are about 15 UTF-16 units). */
	static final int MAX_LENGTH = 32;

	private static final Pattern ONE_GRAPHEME = Pattern.compile("\\X");

	private ReactionEmoji() {
	}

	/** The emoji as given, once checked; 400 otherwise. */
	static String of(String emoji) {
		if (emoji.isEmpty() || emoji.length() > MAX_LENGTH || !ONE_GRAPHEME.matcher(emoji).matches()
				|| !emoji.codePoints().allMatch(ReactionEmoji::partOfEmoji)
				|| emoji.codePoints().noneMatch(ReactionEmoji::pictographic)) {
			throw HuddleException
				.badRequest("The reaction must be a single emoji, such as \uD83D\uDC4D (URL-encoded); '"
						+ printable(emoji) + "' is not one.");
		}
		return emoji;
	}

	private static boolean partOfEmoji(int codePoint) {
		return Character.isEmoji(codePoint) || Character.isEmojiComponent(codePoint);
	}

	/**
	 * Digits, '#' and '*' are emoji only as keycaps; every real emoji has a pictograph, a
	 * regional indicator (flags) or the keycap mark.
	 */
	private static boolean pictographic(int codePoint) {
		return Character.isExtendedPictographic(codePoint) || Character.isEmojiPresentation(codePoint)
				|| codePoint == 0x20E3 || (codePoint >= 0x1F1E6 && codePoint <= 0x1F1FF);
	}

	private static String printable(String emoji) {
		String shown = emoji.length() > MAX_LENGTH ? emoji.substring(0, MAX_LENGTH) + "…" : emoji;
		return shown.codePoints()
			.map(codePoint -> Character.isISOControl(codePoint) ? '?' : codePoint)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
	}

}
