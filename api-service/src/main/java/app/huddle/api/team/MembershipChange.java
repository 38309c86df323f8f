package app.huddle.api.team;

import app.huddle.api.membership.Role;
import app.huddle.api.shared.UserRef;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.jspecify.annotations.Nullable;

/** The data of member.joined and member.left envelopes. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MembershipChange(long teamId, UserRef user, Role role, @Nullable UserRef removedBy) {

	public static final String JOINED = "member.joined";

	public static final String LEFT = "member.left";

}
