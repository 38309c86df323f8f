package app.huddle.bench.relay;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.event.EventListener;
import org.springframework.http.ResponseEntity;
import org.springframework.messaging.simp.broker.BrokerAvailabilityEvent;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/**
 * The fan-out benchmark's comparison design, the one people would otherwise pick:
 * Spring's STOMP broker relay to RabbitMQ's STOMP plugin, where every subscription to
 * {@code /exchange/huddle.teams/team.<id>.#} becomes its own temporary queue bound to the
 * exchange that the api-service already publishes to.
 * <p>
 * A local baseline, not a service: plain WebSocket at {@code /ws}, any origin, and <b>no
 * authentication</b> — the Huddle notifier checks every token and team membership, this
 * does not, which favours the baseline. No application destinations.
 * <p>
 * Tuned as its users would: the relay's system connection heartbeats are Spring's default
 * 10 s each way (the notifier's are 10 s too), client heartbeats are whatever the client
 * asks RabbitMQ for; inbound and outbound channel pools are fixed at two threads per core
 * (Spring's default, made explicit); publish order is preserved per session, as the
 * notifier does; WebSocket send limits are Spring's defaults (10 s, 512 KB, as the
 * notifier's); logging is WARN apart from start-up and broker availability, so nothing is
 * logged per message or per session. Each client session costs one TCP connection to
 * RabbitMQ (that is how the relay works), so RabbitMQ's connection count equals the
 * session count plus one.
 * <p>
 * Started by {@link BrokerRelayBaseline} in a child JVM; it exits by itself when the
 * parent process ({@code --relay.parent-pid}) is gone. {@code GET /ready} answers 200
 * once the relay's system connection to RabbitMQ is up, 503 before.
 */
@SpringBootApplication
public class BrokerRelayApp {

	/** Reads only relay-baseline.properties, never the harness's configuration. */
	static final String CONFIG_NAME = "relay-baseline";

	public static void main(String[] args) {
		SpringApplication app = new SpringApplication(BrokerRelayApp.class);
		app.setDefaultProperties(Map.of("spring.config.name", CONFIG_NAME));
		app.run(args);
	}

	@RestController
	static class Readiness {

		private final AtomicBoolean brokerAvailable = new AtomicBoolean();

		@EventListener
		void onBrokerAvailability(BrokerAvailabilityEvent event) {
			this.brokerAvailable.set(event.isBrokerAvailable());
		}

		@GetMapping("/ready")
		ResponseEntity<String> ready() {
			return this.brokerAvailable.get() ? ResponseEntity.ok("relay up\n")
					: ResponseEntity.status(503).body("relay to RabbitMQ not connected\n");
		}

	}

	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	@EnableWebSocketMessageBroker
	static class Relay implements WebSocketMessageBrokerConfigurer {

		private static final int POOL_SIZE = 2 * Runtime.getRuntime().availableProcessors();

		private final String host;

		private final int port;

		private final String login;

		private final String passcode;

		private final String virtualHost;

		Relay(@Value("${relay.host}") String host, @Value("${relay.port}") int port,
				@Value("${relay.login}") String login, @Value("${relay.passcode}") String passcode,
				@Value("${relay.virtual-host}") String virtualHost) {
			this.host = host;
			this.port = port;
			this.login = login;
			this.passcode = passcode;
			this.virtualHost = virtualHost;
		}

		@Override
		public void registerStompEndpoints(StompEndpointRegistry registry) {
			registry.addEndpoint("/ws").setAllowedOriginPatterns("*");
		}

		@Override
		public void configureMessageBroker(MessageBrokerRegistry registry) {
			registry.enableStompBrokerRelay("/exchange")
				.setRelayHost(this.host)
				.setRelayPort(this.port)
				.setClientLogin(this.login)
				.setClientPasscode(this.passcode)
				.setSystemLogin(this.login)
				.setSystemPasscode(this.passcode)
				.setVirtualHost(this.virtualHost)
				.setSystemHeartbeatSendInterval(10_000)
				.setSystemHeartbeatReceiveInterval(10_000);
			registry.setPreservePublishOrder(true);
		}

		@Override
		public void configureClientInboundChannel(ChannelRegistration registration) {
			registration.taskExecutor().corePoolSize(POOL_SIZE);
		}

		@Override
		public void configureClientOutboundChannel(ChannelRegistration registration) {
			registration.taskExecutor().corePoolSize(POOL_SIZE);
		}

	}

	/** Exits when the process that started this one is gone (even after its SIGKILL). */
	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static class ParentWatch {

		ParentWatch(@Value("${relay.parent-pid:-1}") long parentPid) {
			if (parentPid <= 0) {
				return;
			}
			Thread watcher = new Thread(() -> {
				while (ProcessHandle.of(parentPid).map(ProcessHandle::isAlive).orElse(false)) {
					try {
						Thread.sleep(1000);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
				System.err.println("parent process " + parentPid + " is gone; stopping the relay baseline");
				System.exit(0);
			}, "parent-watch");
			watcher.setDaemon(true);
			watcher.start();
		}

	}

}
