package app.huddle.bench.report;

import java.util.List;

/**
 * A scenario's table rows, and its raw figures (serialised to the JSON results as they
 * are).
 */
public record ScenarioResult(String scenario, List<Row> rows, Object details) {
}
