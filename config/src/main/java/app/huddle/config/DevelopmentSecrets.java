package app.huddle.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The passwords in huddle.env are development values that anyone with the repository
 * knows. A service started with any other {@code HUDDLE_ENVIRONMENT} than
 * {@code development} refuses to start while one of its credentials is one of them,
 * before it connects anywhere.
 */
public class DevelopmentSecrets implements EnvironmentPostProcessor, Ordered {

	static final String ENVIRONMENT = "HUDDLE_ENVIRONMENT";

	static final String DEVELOPMENT = "development";

	private static final List<String> CREDENTIALS = List.of("spring.datasource.password", "spring.rabbitmq.password");

	private final Set<String> developmentValues;

	public DevelopmentSecrets() {
		this(loadDevelopmentValues());
	}

	DevelopmentSecrets(Set<String> developmentValues) {
		this.developmentValues = developmentValues;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (DEVELOPMENT.equals(environment.getProperty(ENVIRONMENT))) {
			return;
		}
		for (String credential : CREDENTIALS) {
			String value = resolved(environment, credential);
			if (value != null && developmentValues.contains(value)) {
				throw new IllegalStateException(credential + " is a development password from huddle.env, and "
						+ ENVIRONMENT + " is " + environment.getProperty(ENVIRONMENT, "not set")
						+ ". Set the service's own credentials (HUDDLE_DB_PASSWORD, HUDDLE_RABBITMQ_PASSWORD) or "
						+ ENVIRONMENT + "=" + DEVELOPMENT + " on a development machine.");
			}
		}
	}

	private static @Nullable String resolved(ConfigurableEnvironment environment, String key) {
		try {
			return environment.getProperty(key);
		}
		catch (IllegalArgumentException unresolvable) {
			return null;
		}
	}

	private static Set<String> loadDevelopmentValues() {
		Properties env = new Properties();
		try (InputStream in = DevelopmentSecrets.class.getResourceAsStream("/huddle/huddle.env")) {
			if (in == null) {
				throw new IllegalStateException("huddle/huddle.env is missing from the classpath");
			}
			env.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return env.stringPropertyNames()
			.stream()
			.filter(name -> name.endsWith("_PASSWORD"))
			.map(env::getProperty)
			.collect(Collectors.toUnmodifiableSet());
	}

	/** After the configuration files and imports are read. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
