package app.huddle.api.readmarker;

import app.huddle.api.shared.DomainEvent;
import app.huddle.api.shared.EventType;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A member's read marker moved forward; the personal envelope's data is the marker, for
 * their other tabs and devices.
 */
record ReadMarkerMoved(@JsonValue ReadMarker marker) implements DomainEvent {

	@Override
	public EventType eventType() {
		return EventType.READ_MARKER_MOVED;
	}

}
