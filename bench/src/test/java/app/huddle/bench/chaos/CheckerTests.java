package app.huddle.bench.chaos;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The checker charges each finding to the fault whose window it falls in. */
class CheckerTests {

	private static final long TEAM = 7;

	private final Journal journal = new Journal();

	@Test
	void countsAPostAnsweredButNotStoredAndADuplicateAgainstTheirFaults() {
		FaultRun database = new FaultRun(Fault.DATABASE, 1_000, 5_000, 8_000, true);
		FaultRun gateway = new FaultRun(Fault.GATEWAY, 10_000, 11_000, 12_000, true);
		this.journal.acknowledged(new Journal.Post(TEAM, "c-1", 500, 600, 1));
		this.journal.acknowledged(new Journal.Post(TEAM, "c-2", 2_000, 6_000, 2));
		this.journal.acknowledged(new Journal.Post(TEAM, "c-3", 10_500, 10_900, 3));
		for (long answeredAt : new long[] { 900, 1_500, 2_000, 4_500, 9_000 }) {
			this.journal.read(answeredAt);
		}
		ActivityLog log = new ActivityLog(new TreeMap<>(Map.of(1L, "a", 3L, "c")), Map.of("c-1", 1, "c-3", 2));

		List<Row> rows = new Checker(List.of(database, gateway), this.journal, List.of(), Map.of(TEAM, log)).rows();

		assertThat(rows).extracting(Row::fault)
			.containsExactly(Fault.DATABASE.label(), Fault.GATEWAY.label(), Checker.BETWEEN_FAULTS);
		assertThat(rows.get(0).lost()).isEqualTo(1);
		assertThat(rows.get(0).writeGap()).as("kill at 1 s, next answer at 6 s").isEqualTo(5_000);
		assertThat(rows.get(0).readGap()).as("kill at 1 s, reads answered at 1.5, 2.0 and 4.5 s").isEqualTo(2_500);
		assertThat(rows.get(1).duplicates()).isEqualTo(1);
		assertThat(rows.get(2).correct()).isTrue();
		assertThat(rows.get(0).correct()).isFalse();
	}

	@Test
	void aUserVisibleErrorFailsItsRow() {
		FaultRun gateway = new FaultRun(Fault.GATEWAY, 1_000, 3_000, 4_000, true);
		this.journal.userError(2_000, "POST /api/teams", "IOException");

		List<Row> rows = new Checker(List.of(gateway), this.journal, List.of(), Map.of()).rows();

		assertThat(rows.get(0).userErrors()).isEqualTo(1);
		assertThat(rows.get(0).correct()).isFalse();
	}

}
