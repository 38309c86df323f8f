package app.huddle.api.event;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.ZoneId;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An IANA time zone id, such as {@code Europe/Oslo} or {@code UTC}: a region of the time
 * zone database, not a bare offset like {@code +01:00}, which calendars cannot name as a
 * TZID and which does not follow daylight saving time.
 */
@Documented
@Constraint(validatedBy = TimeZoneId.Check.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@interface TimeZoneId {

	String message() default "must be an IANA time zone id, such as Europe/Oslo or UTC";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<TimeZoneId, String> {

		// ZoneId.of accepts offsets too; its regions are exactly these ids.
		private static final Set<String> REGIONS = ZoneId.getAvailableZoneIds();

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || REGIONS.contains(value);
		}

	}

}
