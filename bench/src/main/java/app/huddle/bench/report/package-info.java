/** The harness's output: one table, the Markdown report and the raw JSON results. */
@NullMarked
package app.huddle.bench.report;

import org.jspecify.annotations.NullMarked;
