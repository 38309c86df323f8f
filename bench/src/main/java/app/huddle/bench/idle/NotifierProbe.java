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

import tools.jackson.databind.json.JsonMapper;

import app.huddle.bench.infra.Commands;

/**
 * One notifier seen from outside: its heap after a full GC (jcmd, actuator), and its
 * readiness.
 */
final class NotifierProbe {

	private static final Pattern MAX_HEAP = Pattern.compile("-XX:MaxHeapSize=(\\d+)");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final URI base;

	private final long pid;

	NotifierProbe(URI base, long pid) {
		this.base = base;
		this.pid = pid;
	}

	/** Heap in use right after a full collection. */
	long heapAfterFullGc() throws IOException, InterruptedException {
		jcmd("GC.run");
		String body = get("/actuator/metrics/jvm.memory.used?tag=area:heap").body();
		return this.json.readTree(body).get("measurements").get(0).get("value").asLong();
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
