package app.huddle.bench.load;

import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.ConcurrentHistogram;

/** A latency distribution summarised in milliseconds. */
public record Latencies(long count, double p50, double p90, double p99, double max) {

	/**
	 * Up to one minute, in microseconds, 3 significant digits; longer waits count as one
	 * minute.
	 */
	public static ConcurrentHistogram histogram() {
		return new ConcurrentHistogram(60_000_000L, 3);
	}

	public static void record(AbstractHistogram histogram, long nanos) {
		histogram.recordValue(Math.min(Math.max(nanos / 1000, 0), histogram.getHighestTrackableValue()));
	}

	public static Latencies of(AbstractHistogram histogram) {
		return new Latencies(histogram.getTotalCount(), ms(histogram.getValueAtPercentile(50)),
				ms(histogram.getValueAtPercentile(90)), ms(histogram.getValueAtPercentile(99)),
				ms(histogram.getMaxValue()));
	}

	private static double ms(long micros) {
		return Math.round(micros / 100.0) / 10.0;
	}

}
