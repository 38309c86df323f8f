package app.huddle.notifier;

import app.huddle.testsupport.ApiServiceExtension;
import app.huddle.testsupport.Fixtures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * The Node client of src/test/stompjs (@stomp/stompjs + ws) against the real api-service
 * and this notifier.
 */
class NodeStompClientTests extends NotifierTests {

	private static final Path SOURCE = Path.of("src", "test", "stompjs");

	private static final Path WORK = Path.of("target", "stompjs");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void nodeClientCatchesUpThenReceivesTeamActivityAndNotifications() throws Exception {
		installClient();
		Fixtures.User owner = fixtures.user("node");
		Fixtures.User inviter = fixtures.user("inviter");
		long team = fixtures.team(owner);
		fixtures.post(team, owner, "before the client started");
		Path output = WORK.resolve("listen-" + team + ".log");
		ProcessBuilder client = new ProcessBuilder("node", "listen.mjs").directory(WORK.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toAbsolutePath().toFile());
		client.environment().put("HUDDLE_API_URL", "http://127.0.0.1:" + ApiServiceExtension.api().port());
		client.environment().put("HUDDLE_WS_URL", "ws://127.0.0.1:" + port + "/ws");
		client.environment().put("HUDDLE_USERNAME", owner.username());
		client.environment().put("HUDDLE_PASSWORD", Fixtures.PASSWORD);
		client.environment().put("HUDDLE_TEAM", String.valueOf(team));
		client.environment().put("HUDDLE_EXIT_AFTER", "5");
		Process node = client.start();
		try {
			await("client live").atMost(Duration.ofSeconds(30))
				.until(() -> lines(output).stream().anyMatch(line -> line.get("event").asString().equals("live")));
			fixtures.post(team, owner, "live one");
			fixtures.invite(fixtures.team(inviter), inviter, owner);
			fixtures.post(team, owner, "live two");

			assertThat(node.waitFor(30, TimeUnit.SECONDS)).as(Files.readString(output)).isTrue();
			assertThat(node.exitValue()).as(Files.readString(output)).isZero();
		}
		finally {
			node.destroyForcibly();
		}
		List<JsonNode> envelopes = lines(output).stream()
			.filter(line -> line.get("event").asString().equals("envelope"))
			.toList();
		assertThat(envelopes).filteredOn(line -> line.get("destination").asString().startsWith("/topic/"))
			.extracting(line -> line.get("seq").asLong())
			.containsExactly(1L, 2L, 3L, 4L);
		assertThat(envelopes).filteredOn(line -> line.get("destination").asString().startsWith("/user/"))
			.extracting(line -> line.get("type").asString())
			.containsExactly("invitation.received");
	}

	private void installClient() throws IOException, InterruptedException {
		assumeThat(run(Path.of("."), "node", "--version")).as("node is installed").isZero();
		Files.createDirectories(WORK);
		for (String file : List.of("package.json", "package-lock.json", "listen.mjs")) {
			Files.copy(SOURCE.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
		}
		if (!Files.isDirectory(WORK.resolve("node_modules/@stomp/stompjs"))) {
			assumeThat(run(WORK, "npm", "ci", "--no-audit", "--no-fund")).as("npm ci (needs the npm registry)")
				.isZero();
		}
	}

	private static int run(Path dir, String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).directory(dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			return -1;
		}
		return process.exitValue();
	}

	private static List<JsonNode> lines(Path output) throws IOException {
		if (!Files.exists(output)) {
			return List.of();
		}
		return Files.readAllLines(output).stream().filter(line -> line.startsWith("{")).map(JSON::readTree).toList();
	}

}
