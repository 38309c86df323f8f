package app.huddle.api.membership;

import app.huddle.api.shared.DomainEvent;
import app.huddle.api.shared.EventType;
import app.huddle.api.shared.UserRef;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.jspecify.annotations.Nullable;

/**
 * Someone left a team, or was removed by an owner ({@code removedBy}, absent when they
 * left themselves).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MemberLeft(long teamId, UserRef user, Role role, @Nullable UserRef removedBy) implements DomainEvent {

	@Override
	public EventType eventType() {
		return EventType.MEMBER_LEFT;
	}

}
