package app.huddle.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The machine and software a run measured. */
public record Machine(int cores, String cpu, String memory, String kernel, String java, String postgres,
		String rabbitmq) {

	public static Machine describe(String postgres, String rabbitmq) {
		return new Machine(Runtime.getRuntime().availableProcessors(), procLine("/proc/cpuinfo", "model name"),
				totalMemory(), read("/proc/sys/kernel/osrelease"),
				System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"), postgres,
				rabbitmq);
	}

	private static String totalMemory() {
		String total = procLine("/proc/meminfo", "MemTotal");
		try {
			long kib = Long.parseLong(total.replaceAll("\\D", ""));
			return "%.1f GiB".formatted(kib / 1024.0 / 1024.0);
		}
		catch (NumberFormatException ex) {
			return total;
		}
	}

	private static String procLine(String file, String key) {
		try (Stream<String> lines = Files.lines(Path.of(file))) {
			return lines.filter(line -> line.startsWith(key))
				.map(line -> line.substring(line.indexOf(':') + 1).strip())
				.findFirst()
				.orElse("unknown");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static String read(String file) {
		try {
			return Files.readString(Path.of(file)).strip();
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

}
