package app.huddle.api.outbox;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import app.huddle.api.shared.Audience;
import app.huddle.api.shared.DomainEvent;
import app.huddle.api.shared.Envelope;
import app.huddle.api.shared.EventType;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event catalogue ({@link EventType} and the event records) and the hand-written
 * contracts/asyncapi.yaml describe the same envelopes: types, exchanges (as huddle.env
 * names them), routing keys, STOMP destinations and the JSON of every record.
 */
class AsyncApiContractTests {

	/**
	 * As the application's mapper writes: nulls included unless a record says otherwise.
	 */
	private static final JsonMapper JSON = JsonMapper.builder()
		.changeDefaultPropertyInclusion(
				inclusion -> JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS))
		.build();

	private static final Map<Audience, String> PARAMETER = Map.of(Audience.TEAM, "teamId", Audience.USER, "userId");

	private static AsyncApiDocument doc;

	private static Map<EventType, Class<? extends DomainEvent>> records;

	private static ExchangeNames exchanges;

	@BeforeAll
	static void load() throws Exception {
		doc = AsyncApiDocument.load();
		records = eventRecords();
		exchanges = exchangesOfHuddleEnv();
	}

	@Test
	void everyCatalogueEntryHasOneRecordNamedAlike() {
		assertThat(records.keySet()).containsExactlyInAnyOrder(EventType.values());
		records
			.forEach((type, record) -> assertThat(type.name()).as("the catalogue entry of %s", record.getSimpleName())
				.isEqualTo(upperSnake(record.getSimpleName())));
	}

	@Test
	void brokerChannelsAreTheCataloguesRoutingKeys() {
		Set<String> catalogue = new TreeSet<>();
		for (EventType type : EventType.values()) {
			for (Audience audience : type.audiences()) {
				String exchange = exchanges.of(audience);
				String key = audience.routingPrefix() + ".{" + PARAMETER.get(audience) + "}." + type.type();
				catalogue.add(exchange + " " + key + " " + type.type());
			}
		}
		Set<String> documented = new TreeSet<>();
		doc.at("channels").forEach((name, value) -> {
			Map<String, Object> channel = AsyncApiDocument.map(value);
			if (channel.get("bindings") instanceof Map<?, ?> bindings && bindings.get("amqp") != null) {
				Map<String, Object> amqp = doc.resolve(bindings.get("amqp"));
				assertThat(amqp.get("is")).as("channel %s", name).isEqualTo("routingKey");
				String exchange = (String) AsyncApiDocument.map(amqp.get("exchange")).get("name");
				if (!exchange.equals(exchanges.teams()) && !exchange.equals(exchanges.users())) {
					return; // the notifiers' own presence exchange carries no envelopes
				}
				messageTypes(channel)
					.forEach(type -> documented.add(exchange + " " + channel.get("address") + " " + type));
			}
		});
		assertThat(documented).containsExactlyElementsOf(catalogue);
	}

	@Test
	void stompDestinationsCarryTheTypesOfTheirAudience() {
		assertThat(messageTypes(channelAt("/topic/teams.{teamId}")))
			.containsExactlyInAnyOrderElementsOf(typesFor(Audience.TEAM));
		assertThat(messageTypes(channelAt("/user/queue/notifications")))
			.containsExactlyInAnyOrderElementsOf(typesFor(Audience.USER));
	}

	@Test
	void everyRecordIsOneMessageWhosePayloadIsItsEnvelope() {
		assertThat(doc.at("components", "messages").keySet())
			.containsExactlyInAnyOrderElementsOf(records.values().stream().map(Class::getSimpleName).toList());
		assertThat(AsyncApiDocument.list(doc.at("components", "schemas", "EnvelopeType").get("enum")))
			.containsExactlyInAnyOrderElementsOf(
					java.util.Arrays.stream(EventType.values()).map(EventType::type).toList());
		records.forEach((type, record) -> {
			Map<String, Object> message = doc.at("components", "messages", record.getSimpleName());
			assertThat(message.get("name")).as("message %s", record.getSimpleName()).isEqualTo(type.type());
			Map<String, Object> overrides = envelopeOverrides(doc.resolve(message.get("payload")));
			assertThat(doc.resolve(overrides.get("type")).get("const")).isEqualTo(type.type());
			assertThat(AsyncApiDocument.map(overrides.get("data")).get("$ref"))
				.isEqualTo("#/components/schemas/" + record.getSimpleName());
		});
	}

	@Test
	void everyRecordWritesTheJsonItsSchemaDescribes() throws Exception {
		for (Class<? extends DomainEvent> record : records.values()) {
			Map<String, Object> schema = doc.at("components", "schemas", record.getSimpleName());
			for (boolean filled : new boolean[] { true, false }) {
				JsonNode json = JSON.valueToTree(sample(record, filled));
				new SchemaCheck(record.getSimpleName() + (filled ? "" : " (nulls)"), filled).check(json, schema);
			}
		}
	}

	@Test
	void envelopesMatchTheEnvelopeSchema() throws Exception {
		DomainEvent data = (DomainEvent) sample(records.get(EventType.MESSAGE_POSTED), true);
		Map<String, Object> schema = doc.at("components", "schemas", "Envelope");
		new SchemaCheck("team envelope", true)
			.check(JSON.valueToTree(Envelope.of(data.eventType().type(), 7L, 3L, data)), schema);
		new SchemaCheck("personal envelope", true)
			.check(JSON.valueToTree(Envelope.of(data.eventType().type(), null, null, data)), schema);
	}

	private Map<String, Object> channelAt(String address) {
		return doc.at("channels")
			.values()
			.stream()
			.map(AsyncApiDocument::map)
			.filter(channel -> address.equals(channel.get("address")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No channel at " + address));
	}

	private List<String> messageTypes(Map<String, Object> channel) {
		return AsyncApiDocument.map(channel.get("messages"))
			.values()
			.stream()
			.map(message -> (String) doc.resolve(message).get("name"))
			.toList();
	}

	/**
	 * The exchanges as huddle.env names them (plain KEY=value lines) for the services.
	 */
	private static ExchangeNames exchangesOfHuddleEnv() throws IOException {
		Properties env = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("..", "huddle.env"))) {
			env.load(reader);
		}
		return new ExchangeNames(env.getProperty("HUDDLE_TEAMS_EXCHANGE"), env.getProperty("HUDDLE_USERS_EXCHANGE"));
	}

	/** The types STOMP subscribers of that audience receive (internal ones stay out). */
	private static List<String> typesFor(Audience audience) {
		return java.util.Arrays.stream(EventType.values())
			.filter(type -> type.audiences().contains(audience) && !type.internal())
			.map(EventType::type)
			.toList();
	}

	/** The properties an envelope schema ({@code allOf: [Envelope, {...}]}) fixes. */
	private Map<String, Object> envelopeOverrides(Map<String, Object> payload) {
		List<Object> parts = AsyncApiDocument.list(payload.get("allOf"));
		assertThat(parts).hasSize(2);
		assertThat(AsyncApiDocument.map(parts.get(0)).get("$ref")).isEqualTo("#/components/schemas/Envelope");
		return AsyncApiDocument.map(AsyncApiDocument.map(parts.get(1)).get("properties"));
	}

	@SuppressWarnings("unchecked")
	private static Map<EventType, Class<? extends DomainEvent>> eventRecords() throws Exception {
		var scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isIndependent() && definition.getMetadata().isConcrete();
			}
		};
		scanner.addIncludeFilter(new AssignableTypeFilter(DomainEvent.class));
		Map<EventType, Class<? extends DomainEvent>> found = new HashMap<>();
		for (var candidate : scanner.findCandidateComponents("app.huddle.api")) {
			Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), null);
			assertThat(type.isRecord()).as("%s is a record", type).isTrue();
			DomainEvent event = (DomainEvent) sample(type, true);
			Class<? extends DomainEvent> other = found.put(event.eventType(), (Class<? extends DomainEvent>) type);
			assertThat(other).as("a second record for %s", event.eventType()).isNull();
		}
		return found;
	}

	/**
	 * An instance with every value set, or with every nullable component null; a list
	 * holds one sample element.
	 */
	private static Object sample(Type generic, boolean filled) throws Exception {
		if (generic instanceof ParameterizedType list && list.getRawType() == List.class) {
			return List.of(sample(list.getActualTypeArguments()[0], filled));
		}
		Class<?> type = (Class<?>) generic;
		if (type == long.class || type == Long.class) {
			return 42L;
		}
		if (type == int.class) {
			return 42;
		}
		if (type == boolean.class) {
			return true;
		}
		if (type == String.class) {
			return "text";
		}
		if (type == Instant.class) {
			return Instant.parse("2026-05-01T10:15:30.123456Z");
		}
		if (type.isEnum()) {
			return type.getEnumConstants()[0];
		}
		if (type.isRecord()) {
			RecordComponent[] components = type.getRecordComponents();
			Object[] values = new Object[components.length];
			Class<?>[] types = new Class<?>[components.length];
			for (int i = 0; i < components.length; i++) {
				types[i] = components[i].getType();
				values[i] = !filled && nullable(components[i]) ? null : sample(components[i].getGenericType(), filled);
			}
			Constructor<?> constructor = type.getDeclaredConstructor(types);
			constructor.setAccessible(true);
			return constructor.newInstance(values);
		}
		throw new AssertionError("No sample value for " + type + "; teach the test about it");
	}

	private static boolean nullable(RecordComponent component) {
		return component.getAnnotatedType().isAnnotationPresent(Nullable.class);
	}

	private static String upperSnake(String camel) {
		return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
	}

	/**
	 * Checks one JSON value against a schema of this document: types, nullability, enums,
	 * required and (for a fully filled sample) exactly the declared properties.
	 */
	private final class SchemaCheck {

		private final String what;

		private final boolean filled;

		SchemaCheck(String what, boolean filled) {
			this.what = what;
			this.filled = filled;
		}

		void check(JsonNode json, Map<String, Object> schema) {
			check("", json, schema);
		}

		private void check(String path, JsonNode json, Object schemaNode) {
			Map<String, Object> schema = doc.resolve(schemaNode);
			String at = what + " at '" + path + "'";
			Set<String> types = types(schema.get("type"));
			if (types.isEmpty()) {
				return; // any value, as the envelope's data
			}
			assertThat(types).as(at).contains(typeOf(json));
			if (schema.get("enum") != null && !json.isNull()) {
				assertThat(AsyncApiDocument.list(schema.get("enum"))).as(at).contains(json.asString());
			}
			if ("date-time".equals(schema.get("format")) && json.isString()) {
				Instant.parse(json.asString());
			}
			if (json.isArray() && schema.get("items") != null) {
				for (int i = 0; i < json.size(); i++) {
					check(path + "/" + i, json.get(i), schema.get("items"));
				}
			}
			if (json.isObject()) {
				Map<String, Object> properties = AsyncApiDocument.map(schema.getOrDefault("properties", Map.of()));
				Set<String> fields = new HashSet<>(json.propertyNames());
				assertThat(properties.keySet()).as(at + ": declared properties").containsAll(fields);
				assertThat(fields).as(at + ": required properties")
					.containsAll(
							AsyncApiDocument.list(schema.get("required")).stream().map(String.class::cast).toList());
				if (filled) {
					assertThat(fields).as(at + ": every declared property is written")
						.containsExactlyInAnyOrderElementsOf(properties.keySet());
				}
				for (String field : fields) {
					check(path + "/" + field, json.get(field), properties.get(field));
				}
			}
		}

		private static Set<String> types(@Nullable Object type) {
			if (type == null) {
				return Set.of();
			}
			return type instanceof List<?> list ? list.stream().map(String::valueOf).collect(Collectors.toSet())
					: Set.of(String.valueOf(type));
		}

		private static String typeOf(JsonNode json) {
			if (json.isNull()) {
				return "null";
			}
			if (json.isIntegralNumber()) {
				return "integer";
			}
			if (json.isNumber()) {
				return "number";
			}
			if (json.isString()) {
				return "string";
			}
			if (json.isBoolean()) {
				return "boolean";
			}
			return json.isArray() ? "array" : "object";
		}

	}

}
