package app.huddle.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Small helpers for starting the installed server binaries as throwaway child processes,
 * whose output goes to log files under the calling module's {@code target/}, never to the
 * console.
 */
public final class Processes {

	/** Where the logs go, unless the system property {@value #LOG_DIR_PROPERTY} says. */
	public static final String LOG_DIR_PROPERTY = "huddle.test.logs";

	private Processes() {
	}

	/** A port free right now, for a server about to start. */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A log file in {@code target/test-logs} (created if needed), named uniquely enough
	 * by the caller (a port, say).
	 */
	public static Path logFile(String name) {
		Path dir = Path.of(System.getProperty(LOG_DIR_PROPERTY, "target/test-logs")).toAbsolutePath();
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return dir.resolve(name);
	}

	/**
	 * Keeps a copy of a log file, or of a folder of them, that is about to be deleted
	 * with its server's data.
	 */
	static void keepLogs(Path from, String name) {
		Path to = logFile(name);
		try (var paths = Files.walk(from)) {
			for (Path path : paths.filter(Files::isRegularFile).toList()) {
				Path copy = Files.isDirectory(from) ? to.resolve(from.relativize(path).toString()) : to;
				Files.createDirectories(copy.getParent());
				Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException | UncheckedIOException ignored) {
			// best effort: the logs only help to explain a failure
		}
	}

	static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	/** Runs a command to completion, failing with its output when it exits non-zero. */
	static String run(List<String> command, Map<String, String> env, Path log) {
		Process process = start(command, env, log);
		try {
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("Timed out: " + String.join(" ", command));
			}
			String output = Files.exists(log) ? Files.readString(log) : "";
			if (process.exitValue() != 0) {
				throw new IllegalStateException(
						"Failed (" + process.exitValue() + "): " + String.join(" ", command) + "\n" + output);
			}
			return output;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Process start(List<String> command, Map<String, String> env, Path log) {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
		builder.environment().putAll(env);
		try {
			return builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start " + command.get(0), ex);
		}
	}

	static void awaitPort(int port, Duration timeout, Process process, Path log) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			try (Socket ignored = new Socket("127.0.0.1", port)) {
				return;
			}
			catch (IOException notYet) {
				if (process != null && !process.isAlive()) {
					throw new IllegalStateException("Server exited early; log " + log + ":\n" + tail(log));
				}
				sleep(Duration.ofMillis(100));
			}
		}
		throw new IllegalStateException(
				"Port " + port + " did not open in " + timeout + "; log " + log + ":\n" + tail(log));
	}

	static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no log)";
		}
	}

	static void deleteTree(Path dir) {
		if (dir == null || !Files.exists(dir)) {
			return;
		}
		try (var paths = Files.walk(dir)) {
			paths.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		catch (IOException ignored) {
			// best effort: the folder lives under the system temp directory
		}
	}

}
