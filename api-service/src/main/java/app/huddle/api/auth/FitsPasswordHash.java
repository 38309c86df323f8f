package app.huddle.api.auth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A password BCrypt can hash whole: at most 72 bytes in UTF-8. BCrypt refuses longer
 * input rather than silently using only its first 72 bytes.
 */
@Documented
@Constraint(validatedBy = FitsPasswordHash.Check.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@interface FitsPasswordHash {

	int MAX_BYTES = 72;

	String message() default "must be at most 72 bytes in UTF-8 (72 plain letters or digits; accented letters take 2 bytes, emoji 4)";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<FitsPasswordHash, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
		}

	}

}
