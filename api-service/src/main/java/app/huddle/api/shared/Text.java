package app.huddle.api.shared;

import java.text.Normalizer;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How text from clients is stored, so that what a 201 echoes is what later reads return:
 * every text is put in Unicode normalization form C and stripped of surrounding white
 * space. Usernames are compared in their compatibility form, lower-cased, so that
 * {@code Alice}, {@code ａｌｉｃｅ} and {@code alice} are one name. Request records call these
 * in their constructors, before validation sees the values.
 */
public final class Text {

	private Text() {
	}

	public static @Nullable String of(@Nullable String text) {
		return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
	}

	public static @Nullable String username(@Nullable String name) {
		return name == null ? null : Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
	}

}
