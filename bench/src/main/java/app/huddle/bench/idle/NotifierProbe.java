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
 * One notifier seen from outside: its live objects after a full GC (jcmd), and its
 * readiness.
 */
final class NotifierProbe {

	private static final Pattern MAX_HEAP = Pattern.compile("-XX:MaxHeapSize=(\\d+)");

	/**
	 * The last line of {@code GC.class_histogram}: {@code Total  <instances>  <bytes>}.
	 */
	private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$");

	/**
	 * A histogram row of the filler objects a collector leaves where it did not compact,
	 * e.g. {@code 2:  7585  34180296  [Ljdk.internal.vm.FillerElement; (java.base@25)}.
	 */
	private static final Pattern FILLER = Pattern
		.compile("(?m)^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+\\S*jdk\\.internal\\.vm\\.Filler");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final URI base;

	private final long pid;

	NotifierProbe(URI base, long pid) {
		this.base = base;
		this.pid = pid;
	}

	/**
	 * The heap right after a full collection, from {@code jcmd GC.class_histogram} (which
	 * collects first; the actuator's metrics are served on the loopback management port
	 * only).
	 */
	HeapSample heapAfterFullGc() {
		String histogram = jcmd("GC.class_histogram");
		Matcher total = TOTAL.matcher(histogram);
		if (!total.find()) {
			throw new IllegalStateException("jcmd GC.class_histogram reported no total");
		}
		long filler = 0;
		Matcher fillers = FILLER.matcher(histogram);
		while (fillers.find()) {
			filler += Long.parseLong(fillers.group(1));
		}
		return new HeapSample(Long.parseLong(total.group(1)) - filler, filler);
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

	/**
	 * Bytes of live objects, and bytes of filler objects: the Serial collector's full GC
	 * may leave up to {@code MarkSweepDeadRatio} (5 %) of the old generation uncompacted
	 * as dead wood, up to about 34 MB of a 1 GiB heap whatever the number of sessions
	 * (seen: 34 MB after one step, 0.4 MB after another). The heap in use
	 * ({@code GC.heap_info}) counts it, which once made 5,000 sessions look 6.8 KB larger
	 * each.
	 */
	record HeapSample(long liveBytes, long fillerBytes) {
	}

}
