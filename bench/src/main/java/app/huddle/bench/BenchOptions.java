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
		Credentials management, int stompPort, Path runDir, Path report, int idleMax, int idleSources, String command) {

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
		return new BenchOptions(smoke, only, URI.create(values.getOrDefault("gateway", "http://127.0.0.1:3000")),
				ports(values.getOrDefault("notifier-ports", "5100,5101")),
				Long.parseLong(values.getOrDefault("notifier-pid", "0")),
				ports(values.getOrDefault("pg-ports", "5432,5433")),
				Credentials.of(values.getOrDefault("db-credentials", "huddle:huddle")),
				Integer.parseInt(values.getOrDefault("amqp-port", "5672")),
				Credentials.of(values.getOrDefault("amqp-credentials", "huddle:huddle")),
				values.getOrDefault("vhost", "huddle"),
				Integer.parseInt(values.getOrDefault("rabbitmq-ui-port", "15672")),
				Credentials.of(values.getOrDefault("rabbitmq-ui-credentials", "admin:admin")),
				Integer.parseInt(values.getOrDefault("rabbitmq-stomp-port", "61613")),
				Path.of(values.getOrDefault("run-dir", ".run")).toAbsolutePath(),
				Path.of(values.getOrDefault("report", "docs/benchmarks.md")).toAbsolutePath(),
				Integer.parseInt(values.getOrDefault("idle-max", smoke ? "200" : "50000")),
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
