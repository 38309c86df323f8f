package app.huddle.bench.idle;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.huddle.bench.infra.Commands;

/**
 * One notifier seen from outside: its heap after a full GC (jcmd), and its readiness.
 */
final class NotifierProbe {

	private static final Pattern MAX_HEAP = Pattern.compile("-XX:MaxHeapSize=(\\d+)");

	/**
	 * A heap line of {@code GC.heap_info} (unindented; its spaces are indented below it):
	 * one per generation with Serial ({@code DefNew     total 19648K, used 7372K [...]},
	 * {@code Tenured ...}), one for the whole heap with G1
	 * ({@code garbage-first heap   total
	 * reserved 6172672K, committed 81920K, used 57652K [...]}).
	 */
	private static final Pattern HEAP_USED = Pattern.compile("(?m)^\\S.*\\btotal\\b.*?\\bused (\\d+)K");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final URI base;

	private final long pid;

	NotifierProbe(URI base, long pid) {
		this.base = base;
		this.pid = pid;
	}

	/**
	 * Heap in use right after a full collection, from {@code jcmd GC.heap_info} (the
	 * actuator's metrics are served on the loopback management port only).
	 */
	long heapAfterFullGc() {
		jcmd("GC.run");
		Matcher used = HEAP_USED.matcher(jcmd("GC.heap_info"));
		long kilobytes = 0;
		boolean found = false;
		while (used.find()) {
			kilobytes += Long.parseLong(used.group(1));
			found = true;
		}
		if (!found) {
			throw new IllegalStateException("jcmd GC.heap_info reported no heap usage");
		}
		return kilobytes * 1024;
	}

	long maxHeap() {
		Matcher max = MAX_HEAP.matcher(jcmd("VM.flags"));
		return max.find() ? Long.parseLong(max.group(1)) : -1;
	}

	boolean ready() {
		try {
			return get("/actuator/health/readiness").statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private String jcmd(String command) {
		String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
		return Commands.run(jcmd, String.valueOf(this.pid), command);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(this.base.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
