package app.huddle.bench.api;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import tools.jackson.databind.JsonNode;

/** Bench teams found by name (reused across runs) or created, and their members. */
public final class BenchTeams {

	private static final int PARALLELISM = 8;

	private final HuddleApi api;

	public BenchTeams(HuddleApi api) {
		this.api = api;
	}

	/** The owner's team of this name, created when missing. */
	public long team(BenchUser owner, String name) {
		for (JsonNode team : this.api.get("/api/teams", owner.token()).orThrow("list teams").body()) {
			if (team.get("name").asString().equals(name)) {
				return team.get("id").asLong();
			}
		}
		return this.api.post("/api/teams", owner.token(), Map.of("name", name))
			.orThrow("create team " + name)
			.body()
			.get("id")
			.asLong();
	}

	/** Invites every user not yet a member and accepts as them. */
	public void ensureMembers(long teamId, BenchUser owner, List<BenchUser> users) {
		Set<String> members = new HashSet<>();
		JsonNode team = this.api.get("/api/teams/" + teamId, owner.token()).orThrow("read team").body();
		for (JsonNode member : team.path("members")) {
			members.add(member.get("username").asString());
		}
		List<BenchUser> missing = users.stream().filter(user -> !members.contains(user.username())).toList();
		if (missing.isEmpty()) {
			return;
		}
		System.out.printf("    adding %d members to team %d%n", missing.size(), teamId);
		try (ExecutorService pool = Executors.newFixedThreadPool(PARALLELISM)) {
			List<Future<?>> joins = missing.stream()
				.<Future<?>>map(user -> pool.submit(() -> join(teamId, owner, user)))
				.toList();
			for (Future<?> join : joins) {
				join.get();
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("adding team members failed", ex);
		}
	}

	private void join(long teamId, BenchUser owner, BenchUser user) {
		ApiResponse invited = this.api.post("/api/teams/" + teamId + "/invitations", owner.token(),
				Map.of("username", user.username()));
		if (invited.status() == 429) {
			throw new IllegalStateException("inviting " + user.username() + " answered 429: the harness invites"
					+ " far beyond the per-user limit; run it on a stack started with ./huddle up --lift-write-limits");
		}
		long invitation = invited.ok() ? invited.body().get("id").asLong() : pendingInvitation(teamId, user);
		this.api.post("/api/invitations/" + invitation + "/accept", user.token(), Map.of())
			.orThrow("accept invitation " + invitation);
	}

	private long pendingInvitation(long teamId, BenchUser user) {
		for (JsonNode invitation : this.api.get("/api/invitations", user.token()).orThrow("list invitations").body()) {
			if (invitation.path("team").path("id").asLong() == teamId) {
				return invitation.get("id").asLong();
			}
		}
		throw new IllegalStateException("no pending invitation of " + user.username() + " to team " + teamId);
	}

}
