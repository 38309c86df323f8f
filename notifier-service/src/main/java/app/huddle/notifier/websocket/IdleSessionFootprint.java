package app.huddle.notifier.websocket;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * What an open, idle WebSocket costs in heap. Tomcat gives every socket 8 KB read and
 * write buffers, and every WebSocket session an 8 KB frame buffer, 8 KB binary and 8
 * K-char text message buffers and two 8 KB output buffers: about 70 KB a session before
 * any traffic. Clients send only small STOMP frames (CONNECT, SUBSCRIBE, UNSUBSCRIBE,
 * DISCONNECT), and envelopes larger than a buffer are simply written in several pieces,
 * so small buffers cost little in speed (a chat envelope, STOMP headers included, is
 * about 700 bytes). Tomcat reads the frame and output buffer size from a system property
 * once, when its WebSocket classes load; this configuration is created while the web
 * server factory is customised, before Tomcat starts, so its static initialiser sets the
 * property in time. Spring's STOMP handler raises every session's text message limit to
 * 16 K chars when the session opens, and Tomcat then sizes the session's message buffer
 * to it at the first frame: 32.5 KB of the 55 KB a session used to cost.
 * {@link #keepSmallMessageBuffer} puts the limit back. With 1 KB buffers an idle session
 * costs about 19 KB (./huddle bench --only idle --idle-max 5000).
 */
@Configuration(proxyBeanMethods = false)
class IdleSessionFootprint {

	private static final int BUFFER_BYTES = 1024;

	static {
		System.setProperty("org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE", String.valueOf(BUFFER_BYTES));
	}

	/** A client frame larger than this is refused with close code 1009 (too big). */
	@Bean
	ServletServerContainerFactoryBean webSocketContainer() {
		ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
		container.setMaxTextMessageBufferSize(BUFFER_BYTES);
		container.setMaxBinaryMessageBufferSize(BUFFER_BYTES);
		return container;
	}

	/**
	 * Sets the text message limit back after Spring's STOMP handler raised it. A client
	 * frame larger than {@value #BUFFER_BYTES} chars closes the socket with 1009; the web
	 * UI's largest frame (CONNECT with its token) is under 200 chars.
	 */
	static WebSocketHandler keepSmallMessageBuffer(WebSocketHandler handler) {
		return new WebSocketHandlerDecorator(handler) {

			@Override
			public void afterConnectionEstablished(WebSocketSession session) throws Exception {
				super.afterConnectionEstablished(session);
				session.setTextMessageSizeLimit(BUFFER_BYTES);
			}

		};
	}

	@Bean
	TomcatConnectorCustomizer smallSocketBuffers() {
		return connector -> {
			connector.setProperty("socket.appReadBufSize", String.valueOf(BUFFER_BYTES));
			connector.setProperty("socket.appWriteBufSize", String.valueOf(BUFFER_BYTES));
		};
	}

}
