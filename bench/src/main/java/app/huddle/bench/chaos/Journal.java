package app.huddle.bench.chaos;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * What every client was acknowledged, when reads were answered, and every failure a
 * person would have seen.
 */
final class Journal {

	/** A chat post answered 201: when it was first sent and when its answer came. */
	record Post(long teamId, String clientId, long sentAt, long ackedAt, long seq) {
	}

	/** A request whose last documented attempt failed, so the person sees an error. */
	record UserError(long at, String request, String outcome) {
	}

	private final Queue<Post> posts = new ConcurrentLinkedQueue<>();

	private final Queue<UserError> errors = new ConcurrentLinkedQueue<>();

	private final Queue<Long> reads = new ConcurrentLinkedQueue<>();

	private final AtomicLong requests = new AtomicLong();

	private final AtomicLong retried = new AtomicLong();

	void answered(ClientRetry.Result result) {
		this.requests.incrementAndGet();
		if (result.attempts() > 1) {
			this.retried.incrementAndGet();
		}
	}

	/**
	 * One request as a person makes it, under the documented client rules: counted, and,
	 * when its last attempt fails, a user-visible error charged to {@code at}.
	 */
	Requests.Outcome call(long at, String request, Supplier<Requests.Outcome> exchange) {
		ClientRetry.Result result = ClientRetry.call(exchange);
		answered(result);
		if (!result.outcome().ok()) {
			userError(at, request, result.outcome().describe());
		}
		return result.outcome();
	}

	void acknowledged(Post post) {
		this.posts.add(post);
	}

	/** A history read answered 200, at that time. */
	void read(long answeredAt) {
		this.reads.add(answeredAt);
	}

	void userError(long at, String request, String outcome) {
		this.errors.add(new UserError(at, request, outcome));
	}

	List<Post> posts() {
		return List.copyOf(this.posts);
	}

	List<Long> reads() {
		return List.copyOf(this.reads);
	}

	List<UserError> errors() {
		return List.copyOf(this.errors);
	}

	long requests() {
		return this.requests.get();
	}

	long retried() {
		return this.retried.get();
	}

}
