package app.huddle.bench.chaos;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * One kind of fault: what {@code launcher/fault} does to which process, how long its
 * restart policy may take to bring it back, and which disruption the target bounds.
 */
enum Fault {

	API("api replica (SIGKILL api-1)", "kill", "api-1", Duration.ofSeconds(180), Disruption.WRITE_GAP,
			Duration.ofSeconds(1)),

	NOTIFIER("notifier replica (SIGKILL notifier-1)", "kill", "notifier-1", Duration.ofSeconds(180),
			Disruption.RECONNECT, Duration.ofSeconds(2)),

	DATABASE("PostgreSQL primary node (SIGKILL pg_autoctl + postgres)", "kill", "postgres-primary",
			Duration.ofSeconds(180), Disruption.WRITE_GAP, Duration.ofSeconds(3)),

	BROKER("RabbitMQ node (SIGKILL)", "kill", "rabbitmq", Duration.ofSeconds(120), Disruption.EXTRA_DELAY,
			Duration.ofSeconds(10)),

	GATEWAY("gateway (SIGKILL nginx)", "kill", "gateway", Duration.ofSeconds(60), Disruption.WRITE_GAP,
			Duration.ofSeconds(3)),

	/**
	 * Alive but answering nothing: the liveness watchdog must replace it. No target
	 * given.
	 */
	WEDGED_NOTIFIER("notifier replica wedged (SIGSTOP notifier-1)", "wedge", "notifier-1", Duration.ofSeconds(300),
			Disruption.RECONNECT, null);

	/** What a fault of this kind disrupts, and so what its row's figure measures. */
	enum Disruption {

		/** The longest time from the kill on in which no chat post was acknowledged. */
		WRITE_GAP("write gap"),

		/** The longest time from a lost socket to every team caught up again. */
		RECONNECT("reconnect + catch-up"),

		/** The longest POST-answer-to-shown delay, beyond the median before the fault. */
		EXTRA_DELAY("extra delivery delay");

		private final String label;

		Disruption(String label) {
			this.label = label;
		}

		String label() {
			return this.label;
		}

	}

	private final String label;

	private final String action;

	private final String target;

	private final Duration comeBackWithin;

	private final Disruption disruption;

	private final @Nullable Duration targetBound;

	Fault(String label, String action, String target, Duration comeBackWithin, Disruption disruption,
			@Nullable Duration targetBound) {
		this.label = label;
		this.action = action;
		this.target = target;
		this.comeBackWithin = comeBackWithin;
		this.disruption = disruption;
		this.targetBound = targetBound;
	}

	String label() {
		return this.label;
	}

	String action() {
		return this.action;
	}

	String target() {
		return this.target;
	}

	Duration comeBackWithin() {
		return this.comeBackWithin;
	}

	Disruption disruption() {
		return this.disruption;
	}

	/** The bound on {@link #disruption()}, or null where none is set. */
	@Nullable Duration targetBound() {
		return this.targetBound;
	}

}
