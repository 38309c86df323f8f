package app.huddle.api.team;

import java.util.List;

import app.huddle.api.membership.Member;
import app.huddle.api.membership.Role;
import app.huddle.api.readmarker.Reading;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.jspecify.annotations.Nullable;

/**
 * A team as its members see it: with the caller's role, where the caller stands in its
 * chat (the team's latest seq, the caller's read marker and unread count), and the
 * members on the team page.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Team(long id, String name, String description, Role role, @Nullable Long lastSeq, @Nullable Long readSeq,
		@Nullable Integer unread, @Nullable List<Member> members) {

	Team withMembers(List<Member> members) {
		return new Team(id, name, description, role, lastSeq, readSeq, unread, members);
	}

	Team with(Reading reading) {
		return new Team(id, name, description, role, reading.lastSeq(), reading.readSeq(), reading.unread(), members);
	}

}
