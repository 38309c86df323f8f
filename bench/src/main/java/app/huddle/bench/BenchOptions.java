package app.huddle.bench;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the harness drives and how hard; {@code ./huddle bench} fills in every address
 * from the running stack.
 */
record BenchOptions(boolean smoke, Set<String> only, URI gateway, List<Integer> notifierPorts, long notifierPid,
		List<Integer> pgPorts, Credentials db, int amqpPort, Credentials amqp, String vhost, int managementPort,
		Credentials management, int stompPort, String teamsExchange, Path runDir, Path report, int idleMax,
		int idleSources, String command) {

	static final Set<String> SCENARIOS = Set.of("throughput", "latency", "fanout", "idle");

	static final String HOST = "127.0.0.1";

	static BenchOptions parse(String[] args) {
		Map<String, String> values = new HashMap<>();
		boolean smoke = false;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--smoke")) {
				smoke = true;
			}
			else if (arg.startsWith("--") && i + 1 < args.length) {
				values.put(arg.substring(2), args[++i]);
			}
			else {
				throw new IllegalArgumentException("unknown argument: " + arg);
			}
		}
		Set<String> only = values.containsKey("only") ? Set.of(values.get("only").split(",")) : SCENARIOS;
		if (!SCENARIOS.containsAll(only)) {
			throw new IllegalArgumentException("--only takes " + SCENARIOS + ", got " + only);
		}
		return new BenchOptions(smoke, only, URI.create(required(values, "gateway")),
				ports(required(values, "notifier-ports")), Long.parseLong(values.getOrDefault("notifier-pid", "0")),
				ports(required(values, "pg-ports")), Credentials.of(required(values, "db-credentials")),
				Integer.parseInt(required(values, "amqp-port")), Credentials.of(required(values, "amqp-credentials")),
				required(values, "vhost"), Integer.parseInt(required(values, "rabbitmq-ui-port")),
				Credentials.of(required(values, "rabbitmq-ui-credentials")),
				Integer.parseInt(required(values, "rabbitmq-stomp-port")), required(values, "teams-exchange"),
				Path.of(values.getOrDefault("run-dir", ".run")).toAbsolutePath(),
				Path.of(values.getOrDefault("report", "docs/benchmarks.md")).toAbsolutePath(),
				Integer.parseInt(values.getOrDefault("idle-max", smoke ? "200" : "15000")),
				Integer.parseInt(values.getOrDefault("idle-sources", "4")),
				values.getOrDefault("command", "./huddle bench"));
	}

	boolean runs(String scenario) {
		return this.only.contains(scenario);
	}

	InetSocketAddress notifier(int index) {
		return new InetSocketAddress(HOST, this.notifierPorts.get(index));
	}

	InetSocketAddress gatewaySocket() {
		return new InetSocketAddress(HOST, this.gateway.getPort());
	}

	private static String required(Map<String, String> values, String name) {
		String value = values.get(name);
		if (value == null) {
			throw new IllegalArgumentException("--" + name + " is required (./huddle bench passes every address)");
		}
		return value;
	}

	private static List<Integer> ports(String list) {
		return Arrays.stream(list.split(",")).map(Integer::parseInt).toList();
	}

	/** A user name and password, given as {@code user:password}. */
	record Credentials(String username, String password) {

		static Credentials of(String pair) {
			int colon = pair.indexOf(':');
			return new Credentials(pair.substring(0, colon), pair.substring(colon + 1));
		}

	}

}
