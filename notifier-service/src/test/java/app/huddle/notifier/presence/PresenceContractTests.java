package app.huddle.notifier.presence;

import java.io.Reader;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import app.huddle.notifier.Destinations;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * contracts/asyncapi.yaml describes the typing and presence frames and signals as the
 * notifier writes and reads them: same exchange, routing keys, destinations, types and
 * fields.
 */
class PresenceContractTests {

	private static Map<String, Object> doc;

	private static String exchange;

	@BeforeAll
	static void load() throws Exception {
		try (Reader reader = Files.newBufferedReader(Path.of("..", "contracts", "asyncapi.yaml"))) {
			doc = new Yaml().load(reader);
		}
		Properties env = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("..", "huddle.env"))) {
			env.load(reader);
		}
		exchange = env.getProperty("HUDDLE_PRESENCE_EXCHANGE");
	}

	@Test
	void signalsBetweenInstancesTravelOnThePresenceExchangeWithTheKeysTheRelayReads() {
		assertThat(channel("presenceTyping").get("address")).isEqualTo("team.{teamId}.typing");
		assertThat(channel("presenceChange").get("address")).isEqualTo("team.{teamId}.presence");
		assertThat(channel("presenceHeartbeat").get("address")).isEqualTo("instance.{instanceId}.heartbeat");
		assertThat(map(at("components", "channelBindings", "presenceExchange").get("exchange")).get("name"))
			.isEqualTo(exchange);
		assertFields("TypingSignal", Signals.Typing.class);
		assertFields("PresenceChange", Signals.Change.class);
		assertFields("PresenceHeartbeat", Signals.Heartbeat.class);
	}

	@Test
	void framesToBrowsersAreTheOnesTheRelayWrites() {
		Map<String, Object> presence = channel("teamPresence");
		assertThat(presence.get("address"))
			.isEqualTo(Destinations.TEAM_PREFIX + "{teamId}" + Destinations.PRESENCE_SUFFIX);
		assertThat(channel("teamTyping").get("address"))
			.isEqualTo(Destinations.TYPING_PREFIX + "{teamId}" + Destinations.TYPING_SUFFIX);
		assertThat(map(presence.get("messages")).values().stream().map(message -> map(message).get("name")))
			.containsExactlyInAnyOrder(new PresenceRelay.PresenceFrame(1, java.util.Set.of()).type(),
					new PresenceRelay.TypingFrame(1, 2, true).type());
		assertFields("PresenceFrame", PresenceRelay.PresenceFrame.class);
		assertFields("TypingFrame", PresenceRelay.TypingFrame.class);
	}

	private static void assertFields(String schema, Class<? extends Record> record) {
		List<String> fields = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
		Map<String, Object> definition = at("components", "schemas", schema);
		assertThat(map(definition.get("properties")).keySet()).as(schema).containsExactlyInAnyOrderElementsOf(fields);
		assertThat(((List<?>) definition.get("required")).stream().map(String::valueOf).toList()).as(schema)
			.containsExactlyInAnyOrderElementsOf(fields);
	}

	private static Map<String, Object> channel(String name) {
		return at("channels", name);
	}

	private static Map<String, Object> at(String... path) {
		Object node = doc;
		for (String key : path) {
			node = map(node).get(key);
		}
		return map(node);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object node) {
		assertThat(node).isInstanceOf(Map.class);
		return (Map<String, Object>) node;
	}

}
