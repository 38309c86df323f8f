package app.huddle.notifier.presence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is online, team by team, as this instance knows it: its own sessions, plus what
 * every other instance last said, each until that instance's heartbeat expires. Remembers
 * what subscribers were last shown, so only real changes are sent. Plain state, guarded
 * by its own lock; times are {@link System#nanoTime()} values.
 */
final class OnlineMembers {

	private Map<Long, Set<Long>> local = Map.of();

	private final Map<String, Remote> remotes = new HashMap<>();

	private final Map<Long, Set<Long>> shown = new HashMap<>();

	private final Set<Long> dirty = new HashSet<>();

	/**
	 * Takes this instance's current view; answers the joins and leaves since the last
	 * one.
	 */
	synchronized List<Signals.Change> replaceLocal(String instance, Map<Long, Set<Long>> now) {
		List<Signals.Change> changes = new ArrayList<>();
		now.forEach((team, users) -> users.stream()
			.filter(user -> !local.getOrDefault(team, Set.of()).contains(user))
			.forEach(user -> changes.add(new Signals.Change(instance, team, user, true))));
		local.forEach((team, users) -> users.stream()
			.filter(user -> !now.getOrDefault(team, Set.of()).contains(user))
			.forEach(user -> changes.add(new Signals.Change(instance, team, user, false))));
		changes.forEach(change -> dirty.add(change.teamId()));
		local = now;
		return changes;
	}

	synchronized Map<Long, Set<Long>> local() {
		return local;
	}

	/** Another instance's join or leave; known until its heartbeat expires. */
	synchronized void apply(Signals.Change change, long now, long ttlNanos) {
		Remote remote = remotes.computeIfAbsent(change.instance(), key -> new Remote(new HashMap<>(), now + ttlNanos));
		Set<Long> users = remote.teams().computeIfAbsent(change.teamId(), key -> new HashSet<>());
		if (change.online()) {
			users.add(change.userId());
		}
		else {
			users.remove(change.userId());
		}
		dirty.add(change.teamId());
	}

	/** Another instance's full view replaces what it said before. */
	synchronized void apply(Signals.Heartbeat heartbeat, long now) {
		Remote before = remotes.remove(heartbeat.instance());
		if (before != null) {
			dirty.addAll(before.teams().keySet());
		}
		if (heartbeat.ttlMs() > 0) {
			Map<Long, Set<Long>> teams = new HashMap<>();
			heartbeat.teams().forEach((team, users) -> teams.put(team, new HashSet<>(users)));
			remotes.put(heartbeat.instance(), new Remote(teams, now + heartbeat.ttlMs() * 1_000_000));
			dirty.addAll(teams.keySet());
		}
	}

	/** Forgets the instances whose last heartbeat is older than their ttl. */
	synchronized void expire(long now) {
		remotes.values().removeIf(remote -> {
			boolean gone = now - remote.expiresAt() > 0;
			if (gone) {
				dirty.addAll(remote.teams().keySet());
			}
			return gone;
		});
	}

	/** The users online in a team, in id order. */
	synchronized Set<Long> online(long team) {
		Set<Long> users = new TreeSet<>(local.getOrDefault(team, Set.of()));
		remotes.values().forEach(remote -> users.addAll(remote.teams().getOrDefault(team, Set.of())));
		return users;
	}

	/**
	 * The teams whose online users differ from what was last shown, with the users now;
	 * they count as shown from here on.
	 */
	synchronized Map<Long, Set<Long>> takeChanges() {
		Map<Long, Set<Long>> changed = new HashMap<>();
		for (Long team : dirty) {
			Set<Long> now = online(team);
			if (!now.equals(shown.getOrDefault(team, Set.of()))) {
				changed.put(team, now);
				if (now.isEmpty()) {
					shown.remove(team);
				}
				else {
					shown.put(team, now);
				}
			}
		}
		dirty.clear();
		return changed;
	}

	private record Remote(Map<Long, Set<Long>> teams, long expiresAt) {
	}

}
