package app.huddle.api.event;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import app.huddle.api.shared.HuddleException;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of an edit: the fields it holds replace the event's, {@code null} clears
 * {@code endsAt}, {@code location} or {@code description}, and absent fields stay as they
 * are. It arrives as JSON because a record cannot tell an absent field from a null one.
 */
record EventPatch(@Nullable String title, @Nullable Instant startsAt, @Nullable Instant endsAt,
		@Nullable String timeZone, @Nullable String location, @Nullable String description) {

	private static final List<String> FIELDS = List.of("title", "startsAt", "endsAt", "timeZone", "location",
			"description");

	private static final List<String> REQUIRED = List.of("title", "startsAt", "timeZone");

	/**
	 * The event's details with the body's fields applied, checked by the rules of
	 * creating one; 400 for a body that is not such an object or gives a value the rules
	 * refuse.
	 */
	static NewEvent apply(JsonNode body, NewEvent current, JsonMapper json, Validator validator) {
		if (!body.isObject()) {
			throw HuddleException.badRequest("The body must be a JSON object with any of " + FIELDS + ".");
		}
		Set<String> present = body.propertyNames().stream().collect(Collectors.toSet());
		List<String> unknown = present.stream().filter(name -> !FIELDS.contains(name)).sorted().toList();
		if (!unknown.isEmpty()) {
			throw HuddleException.badRequest(
					"An event has no field " + unknown + " that can be changed; it may change any of " + FIELDS + ".");
		}
		for (String field : REQUIRED) {
			if (body.has(field) && body.get(field).isNull()) {
				throw HuddleException.badRequest(
						"'" + field + "' cannot be cleared; only endsAt, location and description can be set to null.");
			}
		}
		EventPatch patch = read(body, json);
		NewEvent edited = new NewEvent(present.contains("title") ? patch.title : current.title(),
				present.contains("startsAt") ? patch.startsAt : current.startsAt(),
				present.contains("endsAt") ? patch.endsAt : current.endsAt(),
				present.contains("timeZone") ? patch.timeZone : current.timeZone(),
				present.contains("location") ? patch.location : current.location(),
				present.contains("description") ? patch.description : current.description());
		Set<ConstraintViolation<NewEvent>> violations = validator.validate(edited);
		if (!violations.isEmpty()) {
			throw HuddleException.badRequest(violations.stream()
				.map(violation -> violation.getPropertyPath() + " " + violation.getMessage())
				.sorted()
				.collect(Collectors.joining("; ")));
		}
		String problem = edited.problem();
		if (problem != null) {
			throw HuddleException.badRequest(problem);
		}
		return edited;
	}

	private static EventPatch read(JsonNode body, JsonMapper json) {
		try {
			return json.treeToValue(body, EventPatch.class);
		}
		catch (JacksonException ex) {
			String field = ex.getPath().isEmpty() ? null : ex.getPath().getFirst().getPropertyName();
			throw HuddleException.badRequest(field == null ? "The body does not hold the documented fields."
					: "'" + field + "' has the wrong type" + (field.endsWith("At")
							? ": it must be an ISO-8601 instant such as 2026-12-01T17:00:00Z." : ": it must be text."));
		}
	}

}
