package app.huddle.api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import app.huddle.testsupport.TestServersConfiguration;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Extra api-service instances in this JVM, sharing the test servers, as a second replica
 * would.
 */
public final class Replicas implements AutoCloseable {

	/**
	 * Replicas started at once in one JVM would set up its one Logback context at the
	 * same time (a ConcurrentModificationException in Logback); only that first phase, up
	 * to the prepared environment, takes turns. Flyway and everything after still race.
	 */
	private static final ReentrantLock LOGGING_SETUP = new ReentrantLock();

	/**
	 * For load from one user (hundreds of posts a second): far beyond the per-user
	 * message limit, which {@code WriteLimitTests} covers.
	 */
	public static final String MESSAGE_LIMIT_LIFTED = "huddle.api.limits.messages.count=10000000";

	private final List<ConfigurableApplicationContext> running = new ArrayList<>();

	/**
	 * Starts one replica with the given extra properties ({@code key=value}) and returns
	 * its port.
	 */
	public int start(String... properties) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(HuddleApiApplication.class,
				TestServersConfiguration.class)
			.listeners((ApplicationListener<ApplicationEvent>) Replicas::takeTurnsSettingUpLogging)
			.run(arguments(properties));
		synchronized (running) {
			running.add(context);
		}
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private static void takeTurnsSettingUpLogging(ApplicationEvent event) {
		if (event instanceof ApplicationStartingEvent) {
			LOGGING_SETUP.lock();
		}
		else if ((event instanceof ApplicationEnvironmentPreparedEvent || event instanceof ApplicationFailedEvent)
				&& LOGGING_SETUP.isHeldByCurrentThread()) {
			LOGGING_SETUP.unlock();
		}
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
