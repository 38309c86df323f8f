package app.huddle.bench.chaos;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import app.huddle.bench.infra.Commands;

/** Injects faults through {@code launcher/fault}, the one place that knows how. */
final class FaultInjector {

	private final Path script;

	FaultInjector(Path root) {
		this.script = root.resolve("launcher/fault");
	}

	/** Injects the fault; returns what was hit (a pid, or the PostgreSQL node's name). */
	String inject(Fault fault) {
		return Commands.run(List.of(this.script.toString(), fault.action(), fault.target()), Map.of()).strip();
	}

	/**
	 * Returns once the restart policy brought the target back; fails after the fault's
	 * bound.
	 */
	void awaitBack(Fault fault, String hit) {
		Commands.run(List.of(this.script.toString(), "await", fault.target(), hit,
				Long.toString(fault.comeBackWithin().toSeconds())), Map.of());
	}

}
