package app.huddle.notifier;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import app.huddle.testsupport.Fixtures;
import app.huddle.testsupport.Http;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The STOMP side of the bad-input suite (issue 12): malformed frames, unknown commands,
 * missing and oversized headers, frames over the size limit, binary garbage, subscription
 * floods, destinations outside the contract, SEND, frames before CONNECT, and seeded
 * random mixes of them. Each gets an ERROR frame or a closed socket within a bound; the
 * notifier stays live, and a well-behaved session on it still receives a post.
 * {@code -Dhuddle.fuzz.stomp-tries=N -Dhuddle.fuzz.seed=S} runs more random frames.
 */
class HostileStompTests extends NotifierTests {

	private static final Duration BOUND = Duration.ofSeconds(15);

	private static final String NUL = "\0";

	private final List<RawStomp> sockets = new ArrayList<>();

	@AfterEach
	void closeSockets() {
		sockets.forEach(RawStomp::close);
	}

	@Test
	void hostileFramesAreRefusedAndOthersStillReceive() {
		Fixtures.User owner = fixtures.user("stomp-owner");
		Fixtures.User stranger = fixtures.user("stomp-stranger");
		long team = fixtures.team(owner);
		long strangersTeam = fixtures.team(stranger);
		StompClient.Subscription before = connect(owner).subscribe(Destinations.team(team));

		List<String> unanswered = new ArrayList<>();
		for (Hostile hostile : fixedCases(team, strangersTeam, stranger)) {
			refuse(hostile, owner).ifPresent(unanswered::add);
		}
		Random random = new Random(Long.getLong("huddle.fuzz.seed", 20261130L));
		int tries = Integer.getInteger("huddle.fuzz.stomp-tries", 40);
		for (int i = 0; i < tries; i++) {
			refuse(randomCase(random, team, strangersTeam), owner).ifPresent(unanswered::add);
		}
		assertThat(unanswered).as("frames answered neither by an ERROR frame nor by closing the socket").isEmpty();

		assertThat(api.get("/actuator/health/liveness", null).status()).isEqualTo(200);
		assertThat(new Http(port).get("/actuator/health/liveness", null).status()).as("notifier liveness")
			.isEqualTo(200);
		StompClient.Subscription after = connect(owner).subscribe(Destinations.team(team));
		awaitSubscribers(context, Destinations.team(team), 2);
		fixtures.post(team, owner, "still here");
		await().atMost(BOUND)
			.until(() -> !before.ofType("chat.message.created").isEmpty()
					&& !after.ofType("chat.message.created").isEmpty());
	}

	/**
	 * Sends the frames; says what happened unless an ERROR frame came or the socket
	 * closed.
	 */
	private Optional<String> refuse(Hostile hostile, Fixtures.User owner) {
		RawStomp stomp = hostile.connectFirst() ? RawStomp.connected(port, owner.token()) : RawStomp.open(port);
		sockets.add(stomp);
		for (Object frame : hostile.frames()) {
			if (frame instanceof byte[] bytes) {
				stomp.binary(bytes);
			}
			else {
				stomp.text((String) frame);
			}
		}
		try {
			await(hostile.name()).atMost(BOUND).until(() -> stomp.refused() || stomp.closed());
			return Optional.empty();
		}
		catch (ConditionTimeoutException ex) {
			return Optional.of(hostile.name() + " -> " + stomp);
		}
		finally {
			stomp.close();
		}
	}

	private static List<Hostile> fixedCases(long team, long strangersTeam, Fixtures.User stranger) {
		String subscribe = "SUBSCRIBE\nid:1\ndestination:";
		return List.of(
				new Hostile("SUBSCRIBE before CONNECT", false, subscribe + Destinations.team(team) + "\n\n" + NUL),
				new Hostile("SEND before CONNECT", false, "SEND\ndestination:/topic/teams." + team + "\n\nhi" + NUL),
				new Hostile("unknown command before CONNECT", false, "HELLO\n\n" + NUL),
				new Hostile("CONNECT without a token", false, "CONNECT\naccept-version:1.2\n\n" + NUL),
				new Hostile("CONNECT with a garbage token", false,
						"CONNECT\nAuthorization:Bearer \u202E\uFFFF'--\n\n" + NUL),
				new Hostile("CONNECT with a bad heart-beat", false, "CONNECT\nheart-beat:-1,abc\n\n" + NUL),
				new Hostile("CONNECT with an oversized header", false,
						"CONNECT\nx-big:" + "x".repeat(70_000) + "\n\n" + NUL),
				new Hostile("a frame over the size limit", true,
						"SEND\ndestination:/topic/x\n\n" + "y".repeat(200_000) + NUL),
				new Hostile("binary garbage", false, (Object) new byte[] { (byte) 0xFF, 0, (byte) 0xC0, 1, 2, 10, 0 }),
				new Hostile("ACK of nothing", true, "ACK\nid:42\n\n" + NUL),
				new Hostile("a server command from the client", true,
						"MESSAGE\ndestination:/topic/teams." + team + "\nsubscription:1\nmessage-id:1\n\n{}" + NUL),
				new Hostile("unknown command", true, "HELLO\n\n" + NUL),
				new Hostile("lower-case command", true,
						"subscribe\nid:1\ndestination:/topic/teams." + team + "\n\n" + NUL),
				new Hostile("header without a colon", true, "SUBSCRIBE\nno-colon\n\n" + NUL),
				new Hostile("SUBSCRIBE without a destination", true, "SUBSCRIBE\nid:1\n\n" + NUL),
				new Hostile("SUBSCRIBE without an id", true,
						"SUBSCRIBE\ndestination:/user/queue/notifications\n\n" + NUL),
				new Hostile("SEND to one's team", true, "SEND\ndestination:/topic/teams." + team + "\n\n{}" + NUL),
				new Hostile("SEND to /app", true, "SEND\ndestination:/app/anything\n\n{}" + NUL),
				new Hostile("a team one is not in", true, subscribe + Destinations.team(strangersTeam) + "\n\n" + NUL),
				new Hostile("another user's queue", true,
						subscribe + "/user/" + stranger.id() + "/queue/notifications\n\n" + NUL),
				new Hostile("subscription flood in one message", true, floodOfSubscriptions(150)),
				new Hostile("a wildcard team", true, subscribe + "/topic/teams.*\n\n" + NUL),
				new Hostile("a team id that overflows", true,
						subscribe + "/topic/teams.99999999999999999999\n\n" + NUL),
				new Hostile("a negative team id", true, subscribe + "/topic/teams.-1\n\n" + NUL),
				new Hostile("a traversal", true, subscribe + "/topic/teams." + team + "/../../queue/x\n\n" + NUL),
				new Hostile("a control character in a destination", true,
						subscribe + "/topic/teams." + team + "\u0001\n\n" + NUL),
				new Hostile("a destination outside the contract", true, subscribe + "/queue/anything\n\n" + NUL));
	}

	@Test
	void aClientMayNotSendAcknowledgementsTransactionsOrServerFrames() {
		Fixtures.User user = fixtures.user("stomp-frames");
		long team = fixtures.team(user);
		for (String frame : List.of("ACK\nid:42\n\n", "BEGIN\ntransaction:t1\n\n",
				"MESSAGE\ndestination:/topic/teams." + team + "\nsubscription:1\nmessage-id:1\n\n{}",
				"ERROR\nmessage:boo\n\n")) {
			RawStomp stomp = RawStomp.connected(port, user.token());
			sockets.add(stomp);

			stomp.text(frame + NUL);

			await(frame).atMost(BOUND).until(() -> stomp.refused() && stomp.closed());
			assertThat(stomp.frames).last().asString().startsWith("ERROR").contains("is not accepted");
		}
	}

	/**
	 * Spring's STOMP handler raises every session's text message limit to 16 K chars, and
	 * Tomcat sizes each session's message buffer to it: 32 KB of heap per idle session.
	 * The notifier keeps it at 1 K chars (IdleSessionFootprint), so a larger client frame
	 * closes the socket with 1009, while a frame just under it is served.
	 */
	@Test
	void aClientFrameOverOneKilobyteClosesTheSocket() {
		Fixtures.User user = fixtures.user("stomp-big-frame");
		long team = fixtures.team(user);
		String subscribe = "SUBSCRIBE\nid:1\ndestination:" + Destinations.team(team) + "\nx-pad:%s\n\n" + NUL;
		RawStomp fits = RawStomp.connected(port, user.token());
		RawStomp tooBig = RawStomp.connected(port, user.token());
		sockets.addAll(List.of(fits, tooBig));

		fits.text(subscribe.formatted("p".repeat(900)));
		tooBig.text(subscribe.formatted("p".repeat(1500)));

		await("the large frame's socket closed").atMost(BOUND).until(tooBig::closed);
		assertThat(tooBig.closeCode).as(tooBig.toString()).isEqualTo(1009);
		awaitSubscribers(context, Destinations.team(team), 1);
		fixtures.post(team, user, "a frame under the limit is served");
		await("the post on the socket with the 900-char frame").atMost(BOUND)
			.until(() -> fits.frames.stream().anyMatch(frame -> frame.startsWith("MESSAGE")));
		assertThat(fits.refused()).as(fits.toString()).isFalse();
	}

	/**
	 * A frame that never completes before CONNECT is closed by the CONNECT deadline
	 * ({@code time-to-first-message}, 10 s). After CONNECT such a socket is an idle
	 * session, bounded by the per-user and per-instance caps like any other.
	 */
	@Test
	void incompleteFramesBeforeConnectAreClosedByTheConnectDeadline() {
		Fixtures.User owner = fixtures.user("stomp-partial");
		assertThat(refuse(new Hostile("NUL bytes only before CONNECT", false, NUL + NUL + NUL), owner)).isEmpty();
		assertThat(refuse(
				new Hostile("a frame without its NUL before CONNECT", false, "CONNECT\naccept-version:1.2\n\n"), owner))
			.isEmpty();
	}

	private static String floodOfSubscriptions(int count) {
		StringBuilder frames = new StringBuilder();
		for (int i = 0; i < count; i++) {
			frames.append("SUBSCRIBE\nid:").append(i).append("\ndestination:/user/queue/notifications\n\n").append(NUL);
		}
		return frames.toString();
	}

	/** A frame with at least one certain fault, the rest drawn at random. */
	private static Hostile randomCase(Random random, long team, long strangersTeam) {
		List<String> commands = List.of("SEND", "HELLO", "CONNECTED", "MESSAGE", "ERROR", "SUBSCRIBE", "subscribe", "",
				"\u0000", "SUB\u0001SCRIBE", "ACK", "BEGIN");
		List<String> destinations = List.of("/topic/teams." + strangersTeam, "/topic/teams.x", "/topic/teams.",
				"/queue/notifications", "/user/queue/other", "/app/chat", "", "/topic/teams." + team + "\u0000x",
				"\uD800", "/topic/teams." + "9".repeat(30), "/topic/teams.1e3");
		String command = commands.get(random.nextInt(commands.size()));
		StringBuilder frame = new StringBuilder(command).append('\n');
		if (random.nextBoolean()) {
			frame.append("id:").append(random.nextInt()).append('\n');
		}
		frame.append("destination:").append(destinations.get(random.nextInt(destinations.size()))).append('\n');
		for (int i = random.nextInt(4); i > 0; i--) {
			frame.append("h").append(random.nextInt(100)).append(':');
			frame.append(random.nextInt(5) == 0 ? "v".repeat(random.nextInt(20_000)) : "\\x\\c" + random.nextInt())
				.append('\n');
		}
		frame.append('\n').append(random.nextBoolean() ? "" : "body" + random.nextInt()).append(NUL);
		boolean connectFirst = random.nextInt(4) > 0;
		boolean binary = random.nextInt(5) == 0;
		Object payload = binary ? frame.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8) : frame.toString();
		return new Hostile("random " + command + (connectFirst ? " after CONNECT" : " before CONNECT") + ": "
				+ abbreviate(frame.toString()), connectFirst, payload);
	}

	private static String abbreviate(String frame) {
		String shown = frame.replace("\n", "\\n").replace("\0", "\\0");
		return shown.length() > 200 ? shown.substring(0, 200) + "…" : shown;
	}

	/** One hostile case: its name, whether a valid CONNECT goes first, the frames. */
	private record Hostile(String name, boolean connectFirst, Object... frames) {
	}

}
