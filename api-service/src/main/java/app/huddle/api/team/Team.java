package app.huddle.api.team;

import java.util.List;

import app.huddle.api.membership.Member;
import app.huddle.api.membership.Role;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.jspecify.annotations.Nullable;

/**
 * A team as its members see it: with the caller's role, and the members on the team page.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Team(long id, String name, String description, Role role, @Nullable List<Member> members) {

	Team withMembers(List<Member> members) {
		return new Team(id, name, description, role, members);
	}

}
