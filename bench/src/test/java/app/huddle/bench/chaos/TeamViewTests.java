package app.huddle.bench.chaos;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The subscriber's catch-up rules, which the checker relies on to tell shown from
 * received.
 */
class TeamViewTests {

	private final TeamView view = new TeamView(7);

	@Test
	void framesBufferedDuringCatchUpAreShownOnceInSeqOrder() {
		this.view.beginCatchUp();
		assertThat(this.view.onLive(3, "c", 10)).isFalse();
		assertThat(this.view.onLive(2, "b", 11)).isFalse();
		this.view.onPage(Map.of(1L, "a", 2L, "b"), 12);
		assertThat(this.view.endCatchUp(13)).isTrue();

		assertThat(this.view.shown()).extracting(TeamView.Shown::seq).containsExactly(1L, 2L, 3L);
		assertThat(this.view.last()).isEqualTo(3);
	}

	@Test
	void aGapStartsOneCatchUpAndRepeatsAreDropped() {
		this.view.beginCatchUp();
		this.view.endCatchUp(0);
		assertThat(this.view.onLive(1, "a", 1)).isFalse();
		assertThat(this.view.onLive(3, "c", 2)).as("seq 2 is missing: catch up").isTrue();
		assertThat(this.view.onLive(4, "d", 3)).as("already catching up").isFalse();
		assertThat(this.view.onLive(1, "a", 4)).isFalse();

		this.view.onPage(Map.of(2L, "b", 3L, "c"), 5);
		assertThat(this.view.endCatchUp(6)).isTrue();

		assertThat(this.view.shown()).extracting(TeamView.Shown::seq).containsExactly(1L, 2L, 3L, 4L);
		assertThat(this.view.liveRepeated()).isEqualTo(1);
		assertThat(this.view.liveOutOfOrder()).isZero();
	}

	@Test
	void aCatchUpEndsOnlyWhenNoGapRemains() {
		this.view.beginCatchUp();
		this.view.onLive(5, "e", 1);
		this.view.onPage(Map.of(1L, "a", 2L, "b"), 2);

		assertThat(this.view.endCatchUp(3)).as("3 and 4 are still missing").isFalse();
		assertThat(this.view.catchingUp()).isTrue();
		this.view.onPage(Map.of(3L, "c", 4L, "d", 5L, "e"), 4);
		assertThat(this.view.endCatchUp(5)).isTrue();
		assertThat(this.view.shown()).extracting(TeamView.Shown::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
	}

}
