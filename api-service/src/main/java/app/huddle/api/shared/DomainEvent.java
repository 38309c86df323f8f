package app.huddle.api.shared;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A past-tense event record; it travels as an envelope's {@code data}, under the type its
 * {@link EventType catalogue entry} names.
 */
public interface DomainEvent {

	@JsonIgnore
	EventType eventType();

}
