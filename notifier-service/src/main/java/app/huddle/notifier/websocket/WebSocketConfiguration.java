package app.huddle.notifier.websocket;

import app.huddle.notifier.NotifierSettings;
import app.huddle.notifier.access.AccessInterceptor;
import app.huddle.notifier.access.HandshakeCookies;
import app.huddle.notifier.presence.PresenceSnapshots;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;

/**
 * STOMP over plain WebSocket at {@code /ws}, for the configured origins only, with the
 * in-memory broker serving {@code /topic/teams.*} (with {@code .presence}) and
 * {@code /user/queue/notifications}, and typing signals to {@code /app}. Outbound order
 * is kept per session, heartbeats are 10 s each way, and slow clients are bounded.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
class WebSocketConfiguration implements WebSocketMessageBrokerConfigurer {

	private final NotifierSettings settings;

	private final AccessInterceptor access;

	private final HandshakeCookies cookies;

	private final TaskScheduler scheduler;

	private final ConnectionLimits limits;

	private final PresenceSnapshots snapshots;

	WebSocketConfiguration(NotifierSettings settings, AccessInterceptor access, HandshakeCookies cookies,
			@Qualifier("notifierScheduler") TaskScheduler scheduler, ConnectionLimits limits,
			PresenceSnapshots snapshots) {
		this.settings = settings;
		this.access = access;
		this.cookies = cookies;
		this.scheduler = scheduler;
		this.limits = limits;
		this.snapshots = snapshots;
	}

	@Override
	public void registerStompEndpoints(StompEndpointRegistry registry) {
		registry.addEndpoint("/ws")
			.setAllowedOrigins(settings.allowedOrigins().toArray(String[]::new))
			.addInterceptors(limits, cookies);
		// No setPreserveReceiveOrder(true): its ordered channel swallows an interceptor's
		// refusal, so
		// the client would get no ERROR frame. Access checks run in order on the socket's
		// thread anyway.
		registry.setErrorHandler(new StompErrors());
	}

	@Override
	public void configureMessageBroker(MessageBrokerRegistry registry) {
		long heartbeat = settings.heartbeat().toMillis();
		registry.enableSimpleBroker("/topic", "/queue")
			.setTaskScheduler(scheduler)
			.setHeartbeatValue(new long[] { heartbeat, heartbeat });
		registry.setUserDestinationPrefix("/user");
		// Only the typing signal (presence/TypingController); AccessInterceptor refuses
		// the
		// rest.
		registry.setApplicationDestinationPrefixes("/app");
		registry.setPreservePublishOrder(true);
	}

	@Override
	public void configureClientInboundChannel(ChannelRegistration registration) {
		registration.interceptors(access, snapshots);
	}

	@Override
	public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
		NotifierSettings.Transport transport = settings.transport();
		registration.setSendTimeLimit((int) transport.sendTimeLimit().toMillis())
			.setSendBufferSizeLimit((int) transport.sendBufferSizeLimit().toBytes())
			.setMessageSizeLimit((int) transport.messageSizeLimit().toBytes())
			.setTimeToFirstMessage((int) transport.timeToFirstMessage().toMillis())
			.addDecoratorFactory(limits)
			.addDecoratorFactory(IdleSessionFootprint::keepSmallMessageBuffer);
	}

}
