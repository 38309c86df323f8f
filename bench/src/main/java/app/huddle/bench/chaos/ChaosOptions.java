package app.huddle.bench.chaos;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the chaos run drives and which faults it injects; {@code ./huddle chaos} fills in
 * the addresses. The short form ({@code --short}) injects each fault once and writes no
 * report; the full run kills the PostgreSQL primary five times.
 */
record ChaosOptions(URI gateway, Path root, Path runDir, Path report, String command, boolean brief,
		List<Fault> faults) {

	static final String USAGE = "usage: ./huddle chaos [--short] [--faults api,notifier,database,broker,gateway,wedge]"
			+ " [--database-kills N] [--report FILE]";

	private static final Map<String, Fault> NAMES = Map.of("api", Fault.API, "notifier", Fault.NOTIFIER, "database",
			Fault.DATABASE, "broker", Fault.BROKER, "gateway", Fault.GATEWAY, "wedge", Fault.WEDGED_NOTIFIER);

	private static final String ALL = "api,notifier,database,broker,gateway,wedge";

	static ChaosOptions parse(String[] args) {
		Map<String, String> values = new HashMap<>();
		boolean brief = false;
		for (int i = 0; i < args.length; i++) {
			if (args[i].equals("--short")) {
				brief = true;
			}
			else if (args[i].startsWith("--") && i + 1 < args.length) {
				values.put(args[i].substring(2), args[++i]);
			}
			else {
				throw new IllegalArgumentException("unknown argument: " + args[i]);
			}
		}
		List<Fault> faults = new ArrayList<>();
		for (String name : values.getOrDefault("faults", ALL).split(",")) {
			Fault fault = NAMES.get(name.strip());
			if (fault == null) {
				throw new IllegalArgumentException("--faults takes " + ALL + ", got " + name);
			}
			faults.add(fault);
		}
		int databaseKills = Integer.parseInt(values.getOrDefault("database-kills", brief ? "1" : "5"));
		if (databaseKills < 1 || databaseKills > 20) {
			throw new IllegalArgumentException("--database-kills takes 1 to 20, got " + databaseKills);
		}
		if (faults.contains(Fault.DATABASE)) {
			for (int i = 1; i < databaseKills; i++) {
				faults.add(Fault.DATABASE);
			}
		}
		return new ChaosOptions(URI.create(required(values, "gateway")), Path.of(required(values, "root")),
				Path.of(values.getOrDefault("run-dir", ".run")).toAbsolutePath(),
				Path.of(values.getOrDefault("report", "docs/reliability.md")).toAbsolutePath(),
				values.getOrDefault("command", "./huddle chaos"), brief, List.copyOf(faults));
	}

	private static String required(Map<String, String> values, String name) {
		String value = values.get(name);
		if (value == null) {
			throw new IllegalArgumentException("--" + name + " is required");
		}
		return value;
	}

}
