package app.huddle.bench.chaos;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;

import org.jspecify.annotations.Nullable;

/**
 * Holds what the clients recorded against what the server stored: every acknowledged post
 * stored once, every envelope of the log shown once and in seq order by every subscriber,
 * and no user-visible error. Each finding is charged to the fault whose window it falls
 * in (from injection until the stack settled), else to "between faults".
 */
final class Checker {

	static final String BETWEEN_FAULTS = "between faults (steady load)";

	private static final int EXAMPLES = 20;

	private final List<FaultRun> runs;

	private final List<Journal.Post> posts;

	private final List<Long> reads;

	private final List<Journal.UserError> errors;

	private final List<Subscriber> subscribers;

	private final Map<Long, ActivityLog> logs;

	private final Map<String, long[]> findings = new HashMap<>();

	private final List<String> examples = new ArrayList<>();

	/** When each subscriber showed each seq, per team. */
	private final List<Map<Long, Long>> shownAt = new ArrayList<>();

	private final List<Long> shownTeam = new ArrayList<>();

	Checker(List<FaultRun> runs, Journal journal, List<Subscriber> subscribers, Map<Long, ActivityLog> logs) {
		this.runs = runs;
		this.posts = journal.posts();
		this.reads = journal.reads();
		this.errors = journal.errors();
		this.subscribers = subscribers;
		this.logs = logs;
	}

	/** One row per fault, then the steady-load row. */
	List<Row> rows() {
		checkStored();
		checkShown();
		this.errors.forEach(error -> finding(error.at(), 3, null));
		List<Row> rows = new ArrayList<>();
		for (FaultRun run : this.runs) {
			rows.add(row(run));
		}
		long[] steady = this.findings.getOrDefault(BETWEEN_FAULTS, new long[4]);
		rows.add(new Row(BETWEEN_FAULTS, steady[0], steady[1], steady[2], 0, null, steady[3], 0, 0, 0, 0, 0, 0, 0,
				true));
		return rows;
	}

	private void checkStored() {
		for (Journal.Post post : this.posts) {
			int stored = this.logs.get(post.teamId()).messagesByClientId().getOrDefault(post.clientId(), 0);
			if (stored == 0) {
				finding(post.sentAt(), 0,
						"post %s (seq %d) answered 201 but not stored".formatted(post.clientId(), post.seq()));
			}
			else if (stored > 1) {
				finding(post.sentAt(), 1, "post %s stored %d times".formatted(post.clientId(), stored));
			}
		}
	}

	private void checkShown() {
		Map<Long, Map<Long, Long>> sentAtBySeq = new HashMap<>();
		for (Journal.Post post : this.posts) {
			sentAtBySeq.computeIfAbsent(post.teamId(), team -> new HashMap<>()).put(post.seq(), post.sentAt());
		}
		for (Subscriber subscriber : this.subscribers) {
			for (TeamView view : subscriber.views()) {
				ActivityLog log = this.logs.get(view.teamId());
				Map<Long, Long> at = new HashMap<>();
				Set<Long> seen = new HashSet<>();
				long previous = 0;
				for (TeamView.Shown shown : view.shown()) {
					if (!seen.add(shown.seq()) || !shown.id().equals(log.ids().get(shown.seq()))) {
						finding(shown.at(), 1, "%s showed seq %d of team %d twice or unlike the log"
							.formatted(subscriber.name(), shown.seq(), view.teamId()));
					}
					if (shown.seq() != previous + 1) {
						finding(shown.at(), 2, "%s showed seq %d of team %d after %d".formatted(subscriber.name(),
								shown.seq(), view.teamId(), previous));
					}
					previous = shown.seq();
					at.put(shown.seq(), shown.at());
				}
				Map<Long, Long> sentAt = sentAtBySeq.getOrDefault(view.teamId(), Map.of());
				for (long seq : log.ids().keySet()) {
					if (!seen.contains(seq)) {
						finding(sentAt.getOrDefault(seq, Long.MAX_VALUE), 0,
								"%s never showed seq %d of team %d".formatted(subscriber.name(), seq, view.teamId()));
					}
				}
				this.shownAt.add(at);
				this.shownTeam.add(view.teamId());
			}
		}
	}

	/** The first findings, described, for the report. */
	List<String> examples() {
		return List.copyOf(this.examples);
	}

	/** kind: 0 lost, 1 duplicate, 2 out of order, 3 user-visible error (listed apart). */
	private void finding(long at, int kind, @Nullable String description) {
		if (description != null && this.examples.size() < EXAMPLES) {
			this.examples.add(description);
		}
		String where = BETWEEN_FAULTS;
		for (FaultRun run : this.runs) {
			if (run.covers(at)) {
				where = run.fault().label() + "#" + this.runs.indexOf(run);
			}
		}
		this.findings.computeIfAbsent(where, key -> new long[4])[kind]++;
	}

	private Row row(FaultRun run) {
		long[] found = this.findings.getOrDefault(run.fault().label() + "#" + this.runs.indexOf(run), new long[4]);
		long writeGap = longestGap(run, this.posts.stream().mapToLong(Journal.Post::ackedAt));
		long readGap = longestGap(run, this.reads.stream().mapToLong(Long::longValue));
		long maxDelay = maxDelay(run.at(), run.endAt());
		long extraDelay = Math.max(0, maxDelay - medianDelayBefore(run.at()));
		long reconnect = 0;
		long socketsLost = 0;
		for (Subscriber subscriber : this.subscribers) {
			for (Subscriber.Outage outage : subscriber.outages()) {
				if (run.covers(outage.lostAt())) {
					socketsLost++;
					reconnect = Math.max(reconnect, outage.caughtUpAt() - outage.lostAt());
				}
			}
		}
		long disruption = switch (run.fault().disruption()) {
			case WRITE_GAP -> writeGap;
			case RECONNECT -> reconnect;
			case EXTRA_DELAY -> extraDelay;
		};
		@Nullable Long target = (run.fault().targetBound() == null) ? null : run.fault().targetBound().toMillis();
		return new Row(run.fault().label(), found[0], found[1], found[2], disruption, target, found[3],
				run.backAt() - run.at(), writeGap, readGap, maxDelay, extraDelay, reconnect, socketsLost,
				run.settled());
	}

	/** The longest time from the kill on in which none of these answers came. */
	private static long longestGap(FaultRun run, LongStream answeredAt) {
		long[] answers = answeredAt.filter(at -> at > run.at() && at <= run.endAt()).sorted().toArray();
		long gap = 0;
		long previous = run.at();
		for (long answer : answers) {
			gap = Math.max(gap, answer - previous);
			previous = answer;
		}
		return gap;
	}

	private long maxDelay(long from, long to) {
		long max = 0;
		for (long delay : delays(from, to)) {
			max = Math.max(max, delay);
		}
		return max;
	}

	private long medianDelayBefore(long at) {
		long[] delays = delays(at - 10_000, at);
		if (delays.length == 0) {
			return 0;
		}
		Arrays.sort(delays);
		return delays[delays.length / 2];
	}

	/**
	 * POST answer to shown, for every post answered in [from, to) and every subscriber.
	 */
	private long[] delays(long from, long to) {
		List<Long> delays = new ArrayList<>();
		for (Journal.Post post : this.posts) {
			if (post.ackedAt() < from || post.ackedAt() >= to) {
				continue;
			}
			for (int i = 0; i < this.shownAt.size(); i++) {
				Long shown = (this.shownTeam.get(i) == post.teamId()) ? this.shownAt.get(i).get(post.seq()) : null;
				if (shown != null) {
					delays.add(Math.max(0, shown - post.ackedAt()));
				}
			}
		}
		return delays.stream().mapToLong(Long::longValue).toArray();
	}

}
