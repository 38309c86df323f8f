package app.huddle.api.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Text that can be stored and shown as sent: no control characters (tab and line breaks
 * only where {@link #multiline} allows them) and no unpaired surrogates, which UTF-8
 * cannot encode and the database would otherwise turn into something else.
 */
@Documented
@Constraint(validatedBy = PlainText.Check.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

	boolean multiline() default false;

	String message() default "";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<PlainText, String> {

		private static final String CONTROLS = "control characters (U+0000 to U+001F, U+007F to U+009F)";

		private boolean multiline;

		private String message = "";

		@Override
		public void initialize(PlainText annotation) {
			multiline = annotation.multiline();
			message = !annotation.message().isEmpty() ? annotation.message()
					: multiline
							? "must not contain " + CONTROLS + " other than tab and line breaks, or unpaired surrogates"
							: "must be one line, without line breaks, " + CONTROLS + " or unpaired surrogates";
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || isPlain(value)) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
			return false;
		}

		private boolean isPlain(String value) {
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				if (Character.isHighSurrogate(c) && i + 1 < value.length()
						&& Character.isLowSurrogate(value.charAt(i + 1))) {
					i++;
				}
				else if (Character.isSurrogate(c) || !allowed(c)) {
					return false;
				}
			}
			return true;
		}

		private boolean allowed(char c) {
			return switch (Character.getType(c)) {
				case Character.CONTROL -> multiline && (c == '\n' || c == '\r' || c == '\t');
				case Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> multiline;
				default -> true;
			};
		}

	}

}
