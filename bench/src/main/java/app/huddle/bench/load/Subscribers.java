package app.huddle.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntUnaryOperator;

import app.huddle.bench.stomp.SessionSpec;
import app.huddle.bench.stomp.StompClient;
import app.huddle.bench.stomp.StompSession;

/**
 * A set of live subscriber sessions whose frames are counted into whichever
 * {@link Deliveries} the current step uses.
 */
public final class Subscribers {

	// Long enough for the stack to drain the backlog an overloaded scenario before may
	// leave.
	private static final Duration PRIME_WAIT = Duration.ofSeconds(120);

	private static final Duration PRIME_SILENCE = Duration.ofSeconds(10);

	private static final int PRIME_ROUNDS = 5;

	private final AtomicReference<Deliveries> current = new AtomicReference<>(Deliveries.none());

	private final List<StompSession> sessions = new ArrayList<>();

	/**
	 * Opens every session and waits until each is live; subscriber {@code i} counts in
	 * group {@code groupOf(i)}.
	 */
	public static Subscribers open(StompClient client, List<SessionSpec> specs, IntUnaryOperator groupOf,
			Duration timeout) {
		Subscribers subscribers = new Subscribers();
		for (int i = 0; i < specs.size(); i++) {
			int subscriber = i;
			int group = groupOf.applyAsInt(i);
			subscribers.sessions
				.add(client.open(specs.get(i), body -> subscribers.current.get().onFrame(subscriber, group, body)));
		}
		try {
			CompletableFuture
				.allOf(subscribers.sessions.stream().map(StompSession::live).toArray(CompletableFuture[]::new))
				.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("subscribers did not all go live: " + ex, ex);
		}
		return subscribers;
	}

	/** From now on, frames count into {@code deliveries}. */
	public void countInto(Deliveries deliveries) {
		this.current.set(deliveries);
	}

	/**
	 * Posts one post per team until every subscriber has received one of them: proof that
	 * each subscription is in place on servers that do not answer SUBSCRIBE receipts. A
	 * notifier registers a SUBSCRIBE only after checking the membership in the database,
	 * so on a stack still busy with an earlier scenario a subscription can be registered
	 * after the first priming post went by; such a subscriber gets the next one. A
	 * subscription that never starts fails the run after {@value #PRIME_ROUNDS} rounds.
	 */
	public void prime(PostLoad posts, Map<Long, Integer> subscribersByTeam, int groups) throws InterruptedException {
		BitSet primed = new BitSet(this.sessions.size());
		for (int round = 1; round <= PRIME_ROUNDS; round++) {
			Deliveries primer = new Deliveries(subscribersByTeam, this.sessions.size(), groups);
			countInto(primer);
			posts.run("prime" + round, subscribersByTeam.size(), Duration.ofSeconds(1), primer);
			drainWhileFramesCome(primer, PRIME_WAIT);
			primed.or(primer.receivers());
			int waiting = this.sessions.size() - primed.cardinality();
			if (waiting == 0) {
				return;
			}
			System.out.printf("  %,d of %,d subscribers have not received a priming post yet (round %d of %d)%n",
					waiting, this.sessions.size(), round, PRIME_ROUNDS);
		}
		throw new IllegalStateException((this.sessions.size() - primed.cardinality()) + " subscribers received none of "
				+ PRIME_ROUNDS + " priming posts");
	}

	/**
	 * Waits until nothing is missing, the timeout passes, or the posts have reached some
	 * subscribers and no frame has come for {@link #PRIME_SILENCE} since.
	 */
	private static void drainWhileFramesCome(Deliveries deliveries, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		long seen = deliveries.framesSeen();
		long lastProgress = System.nanoTime();
		while (deliveries.missing() > 0 && System.nanoTime() < deadline
				&& (deliveries.receivers().isEmpty() || System.nanoTime() - lastProgress < PRIME_SILENCE.toNanos())) {
			Thread.sleep(50);
			long now = deliveries.framesSeen();
			if (now != seen) {
				seen = now;
				lastProgress = System.nanoTime();
			}
		}
	}

	/** Waits until nothing is missing any more, or the timeout passes. */
	public static void drain(Deliveries deliveries, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (deliveries.missing() > 0 && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
	}

}
