package app.huddle.bench.load;

import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.ConcurrentHistogram;

import app.huddle.bench.stomp.MessageListener;

/**
 * Counts the frames that posts cause at subscribers, matched by clientId: latency from
 * the post's intended send time to each frame, and how many are missing or duplicated.
 * Each subscriber receives its team's envelopes in seq order, so a seq not above the last
 * one it saw is a duplicate (or out of order, which is as wrong).
 */
public final class Deliveries {

	private static final String CLIENT_ID = "\"clientId\":\"";

	private final Map<Long, Integer> subscribersByTeam;

	private final Map<String, Post> posts = new ConcurrentHashMap<>();

	private final int subscribers;

	private final LongAdder[] deliveredByGroup;

	private final AtomicLong[] lastFrameByGroup;

	private final ConcurrentHistogram latency = Latencies.histogram();

	private final LongAdder duplicates = new LongAdder();

	private final LongAdder unmatched = new LongAdder();

	/**
	 * @param subscribersByTeam how many subscribers each team has (each post expects that
	 * many frames)
	 * @param subscribers subscribers, numbered from 0
	 * @param groups subscriber groups counted apart (e.g. one per notifier)
	 */
	public Deliveries(Map<Long, Integer> subscribersByTeam, int subscribers, int groups) {
		this.subscribersByTeam = subscribersByTeam;
		this.subscribers = subscribers;
		this.deliveredByGroup = new LongAdder[groups];
		this.lastFrameByGroup = new AtomicLong[groups];
		for (int i = 0; i < groups; i++) {
			this.deliveredByGroup[i] = new LongAdder();
			this.lastFrameByGroup[i] = new AtomicLong();
		}
	}

	/**
	 * Deliveries that nobody waits for (the post load needs somewhere to announce posts).
	 */
	public static Deliveries none() {
		return new Deliveries(Map.of(), 0, 0);
	}

	/**
	 * The listener for one subscriber; each subscriber is served by one selector thread.
	 */
	public MessageListener listener(int subscriber, int group) {
		return body -> onFrame(subscriber, group, body);
	}

	void expect(String clientId, long team, long intendedNanos) {
		if (this.subscribersByTeam.containsKey(team)) {
			this.posts.put(clientId, new Post(team, intendedNanos));
		}
	}

	void failed(String clientId) {
		Post post = this.posts.get(clientId);
		if (post != null) {
			post.failed = true;
		}
	}

	/** Counts one frame received by a subscriber of a group. */
	public void onFrame(int subscriber, int group, String body) {
		long now = System.nanoTime();
		Post post = (subscriber < this.subscribers) ? this.posts.get(text(body, CLIENT_ID)) : null;
		if (post == null) {
			this.unmatched.increment();
			return;
		}
		if (!post.firstFrom(subscriber)) {
			this.duplicates.increment();
			return;
		}
		Latencies.record(this.latency, now - post.intendedNanos);
		this.deliveredByGroup[group].increment();
		this.lastFrameByGroup[group].accumulateAndGet(now, Math::max);
	}

	/** Frames delivered to a group so far. */
	public long delivered(int group) {
		return this.deliveredByGroup[group].sum();
	}

	/**
	 * {@link System#nanoTime()} of the group's last matched frame (0 before the first).
	 */
	public long lastFrameNanos(int group) {
		return this.lastFrameByGroup[group].get();
	}

	/** Frames still expected from acknowledged posts. */
	public long missing() {
		long missing = 0;
		for (Post post : this.posts.values()) {
			if (!post.failed) {
				missing += Math.max(0, this.subscribersByTeam.get(post.team) - post.received());
			}
		}
		return missing;
	}

	/** The subscribers that received at least one of the posts. */
	public BitSet receivers() {
		BitSet receivers = new BitSet(this.subscribers);
		for (Post post : this.posts.values()) {
			post.addReceiversTo(receivers);
		}
		return receivers;
	}

	/** Frames received so far, matched to a post or not: progress of any kind. */
	long framesSeen() {
		long matched = 0;
		for (LongAdder group : this.deliveredByGroup) {
			matched += group.sum();
		}
		return matched + this.duplicates.sum() + this.unmatched.sum();
	}

	public Counts counts() {
		return new Counts(Latencies.of(this.latency), missing(), this.duplicates.sum(), this.unmatched.sum());
	}

	private static String text(String body, String key) {
		int at = body.indexOf(key);
		if (at < 0) {
			return "";
		}
		int from = at + key.length();
		int to = body.indexOf('"', from);
		return (to < 0) ? "" : body.substring(from, to);
	}

	/**
	 * Delivery figures: latency of the matched frames, frames still missing, duplicated
	 * (or out of order), and frames matching no post of this run.
	 */
	public record Counts(Latencies latency, long missing, long duplicated, long unmatched) {
	}

	private static final class Post {

		final long team;

		final long intendedNanos;

		private final BitSet receivedBy = new BitSet();

		volatile boolean failed;

		Post(long team, long intendedNanos) {
			this.team = team;
			this.intendedNanos = intendedNanos;
		}

		synchronized boolean firstFrom(int subscriber) {
			if (this.receivedBy.get(subscriber)) {
				return false;
			}
			this.receivedBy.set(subscriber);
			return true;
		}

		synchronized void addReceiversTo(BitSet receivers) {
			receivers.or(this.receivedBy);
		}

		synchronized int received() {
			return this.receivedBy.cardinality();
		}

	}

}
