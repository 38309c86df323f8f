package app.huddle.notifier;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * A WebSocket that sends whatever text or bytes it is given as STOMP, for frames no STOMP
 * client library would produce; it records the frames and the close it gets back.
 */
final class RawStomp implements WebSocket.Listener, AutoCloseable {

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	final List<String> frames = new CopyOnWriteArrayList<>();

	volatile @Nullable Integer closeCode;

	volatile @Nullable Throwable failure;

	private final StringBuilder partial = new StringBuilder();

	private @Nullable WebSocket socket;

	static RawStomp open(int port) {
		RawStomp stomp = new RawStomp();
		stomp.socket = CLIENT.newWebSocketBuilder()
			.subprotocols("v12.stomp")
			.buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), stomp)
			.orTimeout(10, TimeUnit.SECONDS)
			.join();
		return stomp;
	}

	/** Sends CONNECT with the token and waits for CONNECTED. */
	static RawStomp connected(int port, String token) {
		RawStomp stomp = open(port);
		stomp.text("CONNECT\naccept-version:1.2\nhost:huddle\nAuthorization:Bearer " + token + "\n\n\0");
		org.awaitility.Awaitility.await("CONNECTED")
			.atMost(java.time.Duration.ofSeconds(10))
			.until(() -> stomp.frames.stream().anyMatch(frame -> frame.startsWith("CONNECTED")));
		return stomp;
	}

	void text(String text) {
		try {
			socket().sendText(text, true).get(10, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			// The notifier may have closed the socket already: that is an answer too.
			failure = ex;
		}
	}

	void binary(byte[] bytes) {
		try {
			socket().sendBinary(ByteBuffer.wrap(bytes), true).get(10, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			failure = ex;
		}
	}

	boolean closed() {
		return closeCode != null || failure != null || socket().isInputClosed();
	}

	boolean refused() {
		return frames.stream().anyMatch(frame -> frame.startsWith("ERROR"));
	}

	private WebSocket socket() {
		if (socket == null) {
			throw new IllegalStateException("not open");
		}
		return socket;
	}

	@Override
	public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
		partial.append(data);
		if (last) {
			frames.add(partial.toString());
			partial.setLength(0);
		}
		webSocket.request(1);
		return null;
	}

	@Override
	public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
		return onText(webSocket, StandardCharsets.UTF_8.decode(data), last);
	}

	@Override
	public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
		closeCode = statusCode;
		return null;
	}

	@Override
	public void onError(WebSocket webSocket, Throwable error) {
		failure = error;
	}

	@Override
	public void close() {
		if (socket != null) {
			socket.abort();
		}
	}

	@Override
	public String toString() {
		return "frames " + frames + ", close " + closeCode + ", failure " + failure;
	}

}
