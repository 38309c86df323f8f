package app.huddle.api.shared;

import java.util.function.Predicate;

/** Questions about a failure and the chain of its causes. */
final class Causes {

	private Causes() {
	}

	/** Whether the failure itself or any of its causes matches. */
	static boolean any(Throwable failure, Predicate<Throwable> test) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (test.test(cause)) {
				return true;
			}
		}
		return false;
	}

}
