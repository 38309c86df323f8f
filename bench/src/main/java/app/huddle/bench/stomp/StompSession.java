package app.huddle.bench.stomp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;

/**
 * One STOMP session over one WebSocket connection: handshake, CONNECT, SUBSCRIBE with a
 * receipt, then MESSAGE bodies to its listener. Driven only by its selector thread.
 */
public final class StompSession {

	private static final byte[] HEADERS_END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

	private enum State {

		CONNECTING, HANDSHAKE, STOMP_CONNECT, SUBSCRIBING, LIVE, CLOSED

	}

	private final SessionSpec spec;

	private final MessageListener listener;

	private final CompletableFuture<StompSession> live = new CompletableFuture<>();

	private final ArrayDeque<ByteBuffer> outbound = new ArrayDeque<>();

	private State state = State.CONNECTING;

	private @Nullable SocketChannel channel;

	private @Nullable SelectionKey key;

	/** Bytes received but not yet parsed (a frame split across reads). */
	private byte @Nullable [] pending;

	/** Payload of a fragmented WebSocket message, or STOMP bytes that ended mid-frame. */
	private byte @Nullable [] stompRemainder;

	private volatile boolean closedByPeer;

	StompSession(SessionSpec spec, MessageListener listener) {
		this.spec = spec;
		this.listener = listener;
	}

	/** Completes once the server has acknowledged the SUBSCRIBE (the session is live). */
	public CompletableFuture<StompSession> live() {
		return this.live;
	}

	/** Whether the connection ended without the harness asking for it. */
	public boolean closedByPeer() {
		return this.closedByPeer;
	}

	void start(Selector selector) throws IOException {
		SocketChannel channel = SocketChannel.open();
		this.channel = channel;
		channel.configureBlocking(false);
		channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
		if (this.spec.localAddress() != null) {
			channel.bind(new InetSocketAddress(this.spec.localAddress(), 0));
		}
		this.key = channel.register(selector, SelectionKey.OP_CONNECT, this);
		if (channel.connect(this.spec.server())) {
			connected();
		}
	}

	void onSelected(SelectionKey key, ByteBuffer readBuffer) {
		try {
			if (key.isConnectable()) {
				connected();
			}
			if (key.isValid() && key.isWritable()) {
				flush();
			}
			if (key.isValid() && key.isReadable()) {
				read(readBuffer);
			}
		}
		catch (IOException | RuntimeException ex) {
			fail(ex);
		}
	}

	private void connected() throws IOException {
		channel().finishConnect();
		this.state = State.HANDSHAKE;
		interest(SelectionKey.OP_READ);
		byte[] nonce = new byte[16];
		ThreadLocalRandom.current().nextBytes(nonce);
		InetSocketAddress server = this.spec.server();
		String request = "GET " + SessionSpec.PATH + " HTTP/1.1\r\nHost: " + server.getHostString() + ":"
				+ server.getPort() + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
				+ Base64.getEncoder().encodeToString(nonce)
				+ "\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: v12.stomp\r\n\r\n";
		write(request.getBytes(StandardCharsets.US_ASCII));
	}

	private void read(ByteBuffer buffer) throws IOException {
		buffer.clear();
		int n = channel().read(buffer);
		if (n < 0) {
			this.closedByPeer = this.state != State.CLOSED;
			fail(new IOException("connection closed by the server"));
			return;
		}
		byte[] data;
		int limit;
		if (this.pending == null) {
			data = buffer.array();
			limit = n;
		}
		else {
			data = Arrays.copyOf(this.pending, this.pending.length + n);
			System.arraycopy(buffer.array(), 0, data, this.pending.length, n);
			limit = data.length;
			this.pending = null;
		}
		int consumed = (this.state == State.HANDSHAKE) ? handshake(data, limit) : 0;
		if (this.state != State.HANDSHAKE) {
			consumed = frames(data, consumed, limit);
		}
		if (consumed < limit && this.state != State.CLOSED) {
			this.pending = Arrays.copyOfRange(data, consumed, limit);
		}
	}

	private int handshake(byte[] data, int limit) throws IOException {
		int end = indexOf(data, 0, limit, HEADERS_END);
		if (end < 0) {
			return 0;
		}
		String status = new String(data, 0, Math.min(end, 64), StandardCharsets.ISO_8859_1);
		if (!status.startsWith("HTTP/1.1 101")) {
			throw new IOException("WebSocket handshake refused: " + status.lines().findFirst().orElse(status));
		}
		this.state = State.STOMP_CONNECT;
		String authorization = (this.spec.token() != null) ? "Authorization:Bearer " + this.spec.token() + "\n" : "";
		sendStomp("CONNECT\naccept-version:1.2\nhost:" + this.spec.server().getHostString() + "\n" + authorization
				+ "heart-beat:0,0\n\n");
		return end + HEADERS_END.length;
	}

	private int frames(byte[] data, int offset, int limit) throws IOException {
		int at = offset;
		WebSocketFrames.Frame frame;
		while (this.state != State.CLOSED && (frame = WebSocketFrames.next(data, at, limit)) != null) {
			switch (frame.opcode()) {
				case WebSocketFrames.TEXT, WebSocketFrames.CONTINUATION, 2 ->
					stomp(data, frame.payloadOffset(), frame.end());
				case WebSocketFrames.PING -> write(WebSocketFrames.masked(WebSocketFrames.PONG,
						Arrays.copyOfRange(data, frame.payloadOffset(), frame.end())));
				case WebSocketFrames.CLOSE -> {
					this.closedByPeer = true;
					fail(new IOException("WebSocket closed by the server: "
							+ new String(data, frame.payloadOffset(), frame.length(), StandardCharsets.UTF_8)));
				}
				default -> {
				}
			}
			at = frame.end();
		}
		return at;
	}

	/**
	 * STOMP frames end with NUL; one WebSocket message may hold several, or part of one.
	 */
	private void stomp(byte[] data, int offset, int limit) throws IOException {
		byte[] bytes = data;
		int from = offset;
		int to = limit;
		if (this.stompRemainder != null) {
			bytes = Arrays.copyOf(this.stompRemainder, this.stompRemainder.length + limit - offset);
			System.arraycopy(data, offset, bytes, this.stompRemainder.length, limit - offset);
			from = 0;
			to = bytes.length;
			this.stompRemainder = null;
		}
		int nul;
		while ((nul = indexOf(bytes, from, to, (byte) 0)) >= 0) {
			int start = from;
			while (start < nul && (bytes[start] == '\n' || bytes[start] == '\r')) {
				start++;
			}
			if (start < nul) {
				onStompFrame(bytes, start, nul);
			}
			from = nul + 1;
		}
		if (from < to && this.state != State.CLOSED) {
			boolean onlyHeartbeats = true;
			for (int i = from; i < to && onlyHeartbeats; i++) {
				onlyHeartbeats = bytes[i] == '\n' || bytes[i] == '\r';
			}
			if (!onlyHeartbeats) {
				this.stompRemainder = Arrays.copyOfRange(bytes, from, to);
			}
		}
	}

	private void onStompFrame(byte[] bytes, int start, int end) throws IOException {
		int lineEnd = indexOf(bytes, start, end, (byte) '\n');
		String command = new String(bytes, start, ((lineEnd < 0) ? end : lineEnd) - start, StandardCharsets.US_ASCII)
			.strip();
		int bodyStart = indexOf(bytes, start, end, new byte[] { '\n', '\n' });
		bodyStart = (bodyStart < 0) ? end : bodyStart + 2;
		switch (command) {
			case "MESSAGE" ->
				this.listener.onMessage(new String(bytes, bodyStart, end - bodyStart, StandardCharsets.ISO_8859_1));
			case "CONNECTED" -> {
				this.state = State.SUBSCRIBING;
				String receipt = this.spec.receipt() ? "receipt:live\n" : "";
				sendStomp("SUBSCRIBE\nid:0\ndestination:" + this.spec.destination() + "\n" + receipt + "\n");
				if (!this.spec.receipt()) {
					this.state = State.LIVE;
					this.live.complete(this);
				}
			}
			case "RECEIPT" -> {
				this.state = State.LIVE;
				this.live.complete(this);
			}
			case "ERROR" -> {
				this.closedByPeer = true;
				throw new IOException("STOMP ERROR from the server: "
						+ new String(bytes, start, end - start, StandardCharsets.UTF_8).replace('\n', ' '));
			}
			default -> {
			}
		}
	}

	private void sendStomp(String frame) throws IOException {
		byte[] text = (frame + "\0").getBytes(StandardCharsets.UTF_8);
		write(WebSocketFrames.masked(WebSocketFrames.TEXT, text));
	}

	private void write(byte[] bytes) throws IOException {
		ByteBuffer buffer = ByteBuffer.wrap(bytes);
		if (this.outbound.isEmpty()) {
			channel().write(buffer);
		}
		if (buffer.hasRemaining()) {
			this.outbound.add(buffer);
			interest(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
		}
	}

	private void flush() throws IOException {
		while (!this.outbound.isEmpty()) {
			ByteBuffer head = this.outbound.peek();
			channel().write(head);
			if (head.hasRemaining()) {
				return;
			}
			this.outbound.poll();
		}
		interest(SelectionKey.OP_READ);
	}

	private void interest(int ops) {
		if (this.key != null && this.key.isValid()) {
			this.key.interestOps(ops);
		}
	}

	void fail(Throwable cause) {
		close();
		this.live.completeExceptionally(cause);
	}

	void close() {
		this.state = State.CLOSED;
		this.pending = null;
		this.stompRemainder = null;
		if (this.key != null) {
			this.key.cancel();
		}
		if (this.channel != null) {
			try {
				this.channel.close();
			}
			catch (IOException ex) {
				// closing anyway
			}
		}
	}

	private SocketChannel channel() {
		if (this.channel == null) {
			throw new IllegalStateException("not started");
		}
		return this.channel;
	}

	private static int indexOf(byte[] data, int from, int to, byte b) {
		for (int i = from; i < to; i++) {
			if (data[i] == b) {
				return i;
			}
		}
		return -1;
	}

	private static int indexOf(byte[] data, int from, int to, byte[] needle) {
		outer: for (int i = from; i <= to - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (data[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
