package app.huddle.api.fuzz;

import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property-based bad-input suite (issue 12): for every operation of the live OpenAPI
 * document, hostile paths, queries, headers, bodies and content types, with the owner's
 * session, a stranger's, a garbage one and none. Whatever arrives, the API never answers
 * 5xx, every refusal is a problem document that names none of our internals, and a
 * refused request stores nothing. Bounded by default (fixed seed, see
 * {@link FuzzSettings}); {@code -Dhuddle.fuzz.tries=N -Dhuddle.fuzz.seed=S} runs longer.
 */
class HostileRequestFuzzTests {

	private static final Pattern INTERNALS = Pattern.compile(
			"app\\.huddle|java\\.|jakarta\\.|org\\.springframework|tools\\.jackson|com\\.fasterxml|org\\.postgresql"
					+ "|org\\.apache|Exception|\\bat [\\w$.]+\\(|SQLState|ERROR:|<html",
			Pattern.CASE_INSENSITIVE);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static FuzzTarget target;

	private static final AtomicInteger sent = new AtomicInteger();

	@BeforeContainer
	static void start() {
		target = new FuzzTarget();
	}

	@AfterContainer
	static void stop() {
		if (target != null) {
			target.close();
		}
	}

	@Property(shrinking = ShrinkingMode.OFF)
	@AddLifecycleHook(FuzzSettings.class)
	void hostileRequestsAreRefusedCleanlyAndStoreNothing(@ForAll("operations") Operation operation,
			@ForAll HostileRequest.Auth auth, @ForAll("randoms") Random random) {
		HostileRequest request = HostileRequest.of(operation, auth, random, target);
		String before = target.snapshot();

		RawHttp.Answer answer = target.raw.send(request.bytes());
		sent.incrementAndGet();

		check(request, answer, before);
	}

	private static void check(HostileRequest request, RawHttp.Answer answer, String before) {
		String said = request + "\n  answered " + answer.status() + " " + answer.headers() + "\n  " + answer.body();
		if (answer.status() == RawHttp.HTTP_09) {
			assertThat(answer.body()).as(said).matches("(?s)\\{.*\"status\":4\\d\\d.*");
			assertThat(target.snapshot()).as("rows changed by the refused " + said).isEqualTo(before);
			return;
		}
		assertThat(answer.status()).as(said).isLessThan(500);
		if (answer.status() >= 400) {
			assertThat(answer.contentType()).as(said).startsWith("application/problem+json");
			JsonNode problem = JSON.readTree(answer.body());
			assertThat(problem.path("status").asInt()).as(said).isEqualTo(answer.status());
			assertThat(problem.path("detail").asString("")).as(said).isNotBlank();
			assertThat(INTERNALS.matcher(answer.body()).find()).as("internal names in " + said).isFalse();
			assertThat(target.snapshot()).as("rows changed by the refused " + said).isEqualTo(before);
		}
		else {
			target.repair();
		}
	}

	@AfterProperty
	void stillHealthy() {
		assertThat(target.healthy()).as("liveness after " + sent.get() + " hostile requests").isTrue();
		System.out.println("Sent " + sent.get() + " hostile requests");
	}

	@Provide
	Arbitrary<Operation> operations() {
		return Arbitraries.of(target.operations);
	}

	@Provide
	Arbitrary<Random> randoms() {
		return Arbitraries.randoms();
	}

}
