package app.huddle.bench.report;

/**
 * One line of the result table: Huddle's figure, the limit measured in the same run,
 * their ratio.
 */
public record Row(String figure, String huddle, String limit, String ratio) {
}
