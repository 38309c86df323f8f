package app.huddle.bench.report;

import app.huddle.bench.load.Latencies;

/** How figures read in the table. */
public final class Format {

	private Format() {
	}

	public static String latencies(Latencies latencies) {
		return "p50 %s / p90 %s / p99 %s / max %s ms".formatted(ms(latencies.p50()), ms(latencies.p90()),
				ms(latencies.p99()), ms(latencies.max()));
	}

	public static String ms(double ms) {
		return (ms >= 100) ? "%,.0f".formatted(ms) : "%.1f".formatted(ms);
	}

	public static String count(double value) {
		return "%,.0f".formatted(value);
	}

	/** {@code a / b} as a percentage when below one, else as a factor. */
	public static String ratio(double huddle, double limit) {
		if (limit <= 0) {
			return "n/a";
		}
		double ratio = huddle / limit;
		return (ratio < 1) ? "%.1f %%".formatted(ratio * 100) : "%.2f×".formatted(ratio);
	}

}
