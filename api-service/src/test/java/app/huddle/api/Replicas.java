package app.huddle.api;

import java.util.ArrayList;
import java.util.List;

import app.huddle.testsupport.TestServersConfiguration;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Extra api-service instances in this JVM, sharing the test servers, as a second replica
 * would.
 */
public final class Replicas implements AutoCloseable {

	private final List<ConfigurableApplicationContext> running = new ArrayList<>();

	/**
	 * Starts one replica with the given extra properties ({@code key=value}) and returns
	 * its port.
	 */
	public int start(String... properties) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(HuddleApiApplication.class,
				TestServersConfiguration.class)
			.run(arguments(properties));
		synchronized (running) {
			running.add(context);
		}
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private static String[] arguments(String... properties) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.jmx.enabled=false"));
		for (String property : properties) {
			arguments.add("--" + property);
		}
		return arguments.toArray(String[]::new);
	}

	public List<ConfigurableApplicationContext> contexts() {
		return running;
	}

	@Override
	public void close() {
		running.forEach(ConfigurableApplicationContext::close);
	}

}
