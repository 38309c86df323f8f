package app.huddle.bench.load;

import java.time.Duration;
import java.util.ArrayList;
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
	 * One post per team, which every subscriber must receive: proof that each
	 * subscription is in place on servers that do not answer SUBSCRIBE receipts.
	 */
	public void prime(PostLoad posts, Map<Long, Integer> subscribersByTeam, int groups) throws InterruptedException {
		Deliveries primer = new Deliveries(subscribersByTeam, this.sessions.size(), groups);
		countInto(primer);
		posts.run("prime", subscribersByTeam.size(), Duration.ofSeconds(1), primer);
		drain(primer, PRIME_WAIT);
		if (primer.missing() > 0) {
			throw new IllegalStateException(primer.missing() + " subscribers did not receive the priming post ("
					+ primer.counts().unmatched() + " frames matched no post)");
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
