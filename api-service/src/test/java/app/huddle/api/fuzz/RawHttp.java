package app.huddle.api.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, so that a request can carry bytes no well-behaved client
 * would send (control characters in the target or a header, invalid UTF-8, a wrong
 * length). One request per connection.
 */
final class RawHttp {

	private static final int TIMEOUT_MS = 15_000;

	/** The status given to an HTTP/0.9 answer, which has no status line. */
	static final int HTTP_09 = 9;

	private final int port;

	RawHttp(int port) {
		this.port = port;
	}

	Answer send(byte[] request) {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(TIMEOUT_MS);
			OutputStream out = socket.getOutputStream();
			try {
				out.write(request);
				out.flush();
			}
			catch (IOException ex) {
				// The server may answer and close before it has read a huge body.
			}
			return parse(readAll(socket.getInputStream()));
		}
		catch (SocketTimeoutException ex) {
			throw new AssertionError("no answer within " + TIMEOUT_MS + " ms", ex);
		}
		catch (IOException ex) {
			throw new AssertionError("connection failed: " + ex, ex);
		}
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int n; (n = in.read(buffer)) != -1;) {
				bytes.write(buffer, 0, n);
			}
		}
		catch (java.net.SocketException ex) {
			// A reset after the answer was written (the server closed with unread body).
			if (bytes.size() == 0) {
				throw ex;
			}
		}
		return bytes.toByteArray();
	}

	private static Answer parse(byte[] raw) {
		String text = new String(raw, StandardCharsets.ISO_8859_1);
		if (!text.startsWith("HTTP/")) {
			// A request line without a version is HTTP/0.9: the answer is the bare body.
			return new Answer(HTTP_09, Map.of(), new String(raw, StandardCharsets.UTF_8));
		}
		int end = text.indexOf("\r\n\r\n");
		if (end < 0) {
			throw new AssertionError("not an HTTP answer: '" + text + "'");
		}
		String[] lines = text.substring(0, end).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
					lines[i].substring(colon + 1).trim());
		}
		String body = text.substring(end + 4);
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = dechunk(body);
		}
		return new Answer(status, headers,
				new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
	}

	private static String dechunk(String chunked) {
		StringBuilder body = new StringBuilder();
		int at = 0;
		while (true) {
			int lineEnd = chunked.indexOf("\r\n", at);
			if (lineEnd < 0) {
				return body.toString();
			}
			int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
			if (size == 0) {
				return body.toString();
			}
			body.append(chunked, lineEnd + 2, Math.min(chunked.length(), lineEnd + 2 + size));
			at = lineEnd + 2 + size + 2;
		}
	}

	/** The status, headers (lower-case names) and body of an answer. */
	record Answer(int status, Map<String, String> headers, String body) {

		String contentType() {
			return headers.getOrDefault("content-type", "");
		}

	}

}
