package app.huddle.notifier.relay;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import app.huddle.notifier.Destinations;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the notifier relies on (the exchanges huddle.env names, routing keys, STOMP
 * destinations, the {@code member.left} type and where it names the user, the
 * {@code session.ended} type and where it names the session) is what
 * contracts/asyncapi.yaml promises.
 */
class AsyncApiContractTests {

	private static Map<String, Object> doc;

	private static ExchangeNames exchanges;

	private static String presenceExchange;

	@BeforeAll
	static void load() throws Exception {
		try (Reader reader = Files.newBufferedReader(Path.of("..", "contracts", "asyncapi.yaml"))) {
			doc = new Yaml().load(reader);
		}
		Properties env = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("..", "huddle.env"))) {
			env.load(reader);
		}
		exchanges = new ExchangeNames(env.getProperty("HUDDLE_TEAMS_EXCHANGE"),
				env.getProperty("HUDDLE_USERS_EXCHANGE"));
		presenceExchange = env.getProperty("HUDDLE_PRESENCE_EXCHANGE");
	}

	@Test
	void memberLeftReachesTeamsThroughTheTeamsExchange() {
		assertThat(brokerChannels()).contains(exchanges.teams() + " team.{teamId}." + EnvelopeTypes.MEMBER_LEFT);
		assertThat(messageTypes(channelAt(Destinations.TEAM_PREFIX + "{teamId}"))).contains(EnvelopeTypes.MEMBER_LEFT);
	}

	@Test
	void memberLeftNamesTheUserWhereTheRelayLooks() {
		Map<String, Object> message = messages().stream()
			.filter(candidate -> EnvelopeTypes.MEMBER_LEFT.equals(candidate.get("name")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No message named " + EnvelopeTypes.MEMBER_LEFT));
		Map<String, Object> schema = resolve(message.get("payload"));
		for (String property : EnvelopeTypes.MEMBER_LEFT_USER_ID.substring(1).split("/")) {
			assertThat(required(schema)).as("'%s' is required", property).contains(property);
			schema = property(schema, property);
		}
		assertThat(schema.get("type")).isEqualTo("integer");
	}

	@Test
	void sessionEndedReachesNotifiersThroughTheUsersExchangeAndNoStompClient() {
		assertThat(brokerChannels()).contains(exchanges.users() + " user.{userId}." + EnvelopeTypes.SESSION_ENDED);
		assertThat(messageTypes(channelAt(Destinations.MY_NOTIFICATIONS))).doesNotContain(EnvelopeTypes.SESSION_ENDED);
	}

	@Test
	void sessionEndedNamesTheSessionWhereTheRelayLooks() {
		Map<String, Object> message = messages().stream()
			.filter(candidate -> EnvelopeTypes.SESSION_ENDED.equals(candidate.get("name")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No message named " + EnvelopeTypes.SESSION_ENDED));
		Map<String, Object> schema = resolve(message.get("payload"));
		for (String property : EnvelopeTypes.SESSION_ENDED_SESSION_ID.substring(1).split("/")) {
			assertThat(required(schema)).as("'%s' is required", property).contains(property);
			schema = property(schema, property);
		}
		assertThat(schema.get("type")).isEqualTo("string");
	}

	@Test
	void everyBrokerChannelIsOneTheRelayIsBoundToAndCanRoute() {
		// The presence exchange is the notifiers' own (PresenceContractTests).
		List<String> channels = brokerChannels().stream()
			.filter(channel -> !channel.startsWith(presenceExchange + " "))
			.toList();
		assertThat(channels).isNotEmpty();
		for (String channel : channels) {
			String[] exchangeAndKey = channel.split(" ");
			String prefix = exchangeAndKey[0].equals(exchanges.teams()) ? "team.{teamId}."
					: exchangeAndKey[0].equals(exchanges.users()) ? "user.{userId}." : null;
			assertThat(prefix).as("exchange of %s", channel).isNotNull();
			assertThat(exchangeAndKey[1]).startsWith(prefix);
			Audience audience = Audience.of(exchangeAndKey[1].replaceFirst("\\{\\w+\\}", "7"));
			assertThat(audience).as("routing key %s", exchangeAndKey[1]).isNotNull();
			assertThat(audience.destination()).isIn(Destinations.team(7), Destinations.user(7));
		}
	}

	@Test
	void stompDestinationsAreTheOnesServed() {
		List<String> addresses = channels().stream()
			.filter(channel -> channel.get("bindings") == null)
			.map(channel -> (String) channel.get("address"))
			.toList();
		assertThat(addresses).containsExactlyInAnyOrder(Destinations.TEAM_PREFIX + "{teamId}",
				Destinations.MY_NOTIFICATIONS, Destinations.TEAM_PREFIX + "{teamId}" + Destinations.PRESENCE_SUFFIX,
				Destinations.TYPING_PREFIX + "{teamId}" + Destinations.TYPING_SUFFIX);
	}

	/** "exchange routing-key" of every RabbitMQ channel. */
	private static List<String> brokerChannels() {
		List<String> found = new ArrayList<>();
		for (Map<String, Object> channel : channels()) {
			if (channel.get("bindings") instanceof Map<?, ?> bindings && bindings.get("amqp") != null) {
				Map<String, Object> exchange = map(resolve(bindings.get("amqp")).get("exchange"));
				found.add(exchange.get("name") + " " + channel.get("address"));
			}
		}
		return found;
	}

	private static List<Map<String, Object>> channels() {
		return at("channels").values().stream().map(AsyncApiContractTests::map).toList();
	}

	private static List<Map<String, Object>> messages() {
		return at("components", "messages").values().stream().map(AsyncApiContractTests::map).toList();
	}

	private static Map<String, Object> channelAt(String address) {
		return channels().stream()
			.filter(channel -> address.equals(channel.get("address")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No channel at " + address));
	}

	private static List<Object> messageTypes(Map<String, Object> channel) {
		return map(channel.get("messages")).values().stream().map(message -> resolve(message).get("name")).toList();
	}

	/** A property of an object schema, looking through allOf (later parts win). */
	private static Map<String, Object> property(Map<String, Object> schema, String name) {
		List<Map<String, Object>> parts = parts(schema);
		for (int i = parts.size() - 1; i >= 0; i--) {
			if (parts.get(i).get("properties") instanceof Map<?, ?> properties && properties.get(name) != null) {
				return resolve(properties.get(name));
			}
		}
		throw new AssertionError("No property '" + name + "' in " + schema);
	}

	private static List<Object> required(Map<String, Object> schema) {
		List<Object> required = new ArrayList<>();
		parts(schema).forEach(part -> required.addAll(list(part.get("required"))));
		return required;
	}

	private static List<Map<String, Object>> parts(Map<String, Object> schema) {
		if (schema.get("allOf") == null) {
			return List.of(schema);
		}
		return list(schema.get("allOf")).stream().map(AsyncApiContractTests::resolve).toList();
	}

	private static Map<String, Object> resolve(Object node) {
		Map<String, Object> map = map(node);
		while (map.get("$ref") instanceof String ref) {
			map = at(ref.substring(2).split("/"));
		}
		return map;
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

	@SuppressWarnings("unchecked")
	private static List<Object> list(Object node) {
		return node == null ? List.of() : (List<Object>) node;
	}

}
