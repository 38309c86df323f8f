package app.huddle.bench.stomp;

import java.util.concurrent.ThreadLocalRandom;

import org.jspecify.annotations.Nullable;

/** RFC 6455 framing as a client needs it: masked frames out, unmasked frames in. */
final class WebSocketFrames {

	static final int TEXT = 1;

	static final int CONTINUATION = 0;

	static final int CLOSE = 8;

	static final int PING = 9;

	static final int PONG = 10;

	private WebSocketFrames() {
	}

	/** One final, masked client frame. */
	static byte[] masked(int opcode, byte[] payload) {
		int length = payload.length;
		int header = 2 + (length > 65535 ? 8 : length > 125 ? 2 : 0) + 4;
		byte[] frame = new byte[header + length];
		frame[0] = (byte) (0x80 | opcode);
		int at = 2;
		if (length <= 125) {
			frame[1] = (byte) (0x80 | length);
		}
		else if (length <= 65535) {
			frame[1] = (byte) (0x80 | 126);
			frame[at++] = (byte) (length >>> 8);
			frame[at++] = (byte) length;
		}
		else {
			frame[1] = (byte) (0x80 | 127);
			for (int shift = 56; shift >= 0; shift -= 8) {
				frame[at++] = (byte) ((long) length >>> shift);
			}
		}
		int mask = ThreadLocalRandom.current().nextInt();
		for (int i = 0; i < 4; i++) {
			frame[at++] = (byte) (mask >>> (24 - 8 * i));
		}
		for (int i = 0; i < length; i++) {
			frame[at + i] = (byte) (payload[i] ^ frame[at - 4 + (i & 3)]);
		}
		return frame;
	}

	/**
	 * The next complete frame in {@code data[offset, limit)}, or {@code null} when more
	 * bytes are needed.
	 */
	static @Nullable Frame next(byte[] data, int offset, int limit) {
		if (limit - offset < 2) {
			return null;
		}
		int b0 = data[offset] & 0xff;
		int b1 = data[offset + 1] & 0xff;
		int at = offset + 2;
		long length = b1 & 0x7f;
		if (length == 126) {
			if (limit - at < 2) {
				return null;
			}
			length = ((data[at] & 0xff) << 8) | (data[at + 1] & 0xff);
			at += 2;
		}
		else if (length == 127) {
			if (limit - at < 8) {
				return null;
			}
			length = 0;
			for (int i = 0; i < 8; i++) {
				length = (length << 8) | (data[at + i] & 0xff);
			}
			at += 8;
		}
		boolean masked = (b1 & 0x80) != 0;
		int maskAt = at;
		if (masked) {
			at += 4;
		}
		if (limit - at < length) {
			return null;
		}
		if (masked) {
			for (int i = 0; i < length; i++) {
				data[at + i] ^= data[maskAt + (i & 3)];
			}
		}
		return new Frame((b0 & 0x80) != 0, b0 & 0x0f, at, (int) length);
	}

	/**
	 * A decoded frame header; the payload is {@code length} bytes from
	 * {@code payloadOffset}.
	 */
	record Frame(boolean fin, int opcode, int payloadOffset, int length) {

		int end() {
			return payloadOffset + length;
		}

	}

}
