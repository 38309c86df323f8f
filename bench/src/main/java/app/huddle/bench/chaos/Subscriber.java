package app.huddle.bench.chaos;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * An online member following docs/realtime.md: CONNECT through the gateway, SUBSCRIBE to
 * each team first and buffer, catch up with {@code activity?after=}, merge by seq, and on
 * a lost socket reconnect after 1 s (doubling to 30 s, with jitter) and catch up again.
 */
final class Subscriber {

	/** A lost socket: when it closed and when every team was caught up again. */
	record Outage(long lostAt, long caughtUpAt) {
	}

	private static final int PAGE = 500;

	private static final Duration FIRST_RECONNECT = Duration.ofMillis(500);

	private static final int JITTER_MILLIS = 400;

	private static final Duration MAX_RECONNECT = Duration.ofSeconds(30);

	private final String name;

	private final String token;

	private final Map<Long, TeamView> views = new LinkedHashMap<>();

	private final WebSocketStompClient stomp;

	private final Requests requests;

	private final RunClock clock;

	private final Journal journal;

	private final ScheduledExecutorService scheduler;

	private final ExecutorService catchUps;

	private final List<Outage> outages = new ArrayList<>();

	private long lostAt = -1;

	private int failedConnects;

	/**
	 * Numbers the connection attempts, so that one lost socket schedules one reconnect.
	 */
	private int attempt;

	private volatile boolean stopped;

	private volatile @Nullable StompSession session;

	Subscriber(String name, String token, List<Long> teams, Clients clients) {
		this.name = name;
		this.token = token;
		teams.forEach(team -> this.views.put(team, new TeamView(team)));
		this.stomp = clients.stomp();
		this.requests = clients.requests();
		this.clock = clients.clock();
		this.journal = clients.journal();
		this.scheduler = clients.scheduler();
		this.catchUps = clients.catchUps();
	}

	String name() {
		return this.name;
	}

	List<TeamView> views() {
		return List.copyOf(this.views.values());
	}

	synchronized List<Outage> outages() {
		return List.copyOf(this.outages);
	}

	boolean connected() {
		StompSession current = this.session;
		return current != null && current.isConnected();
	}

	/** Connected, and every team caught up since the last lost socket. */
	synchronized boolean caughtUp() {
		return connected() && this.lostAt < 0 && this.views.values().stream().noneMatch(TeamView::catchingUp);
	}

	void start() {
		connect();
	}

	void stop() {
		this.stopped = true;
		StompSession current = this.session;
		if (current != null && current.isConnected()) {
			current.disconnect();
		}
	}

	private void connect() {
		int current;
		synchronized (this) {
			if (this.stopped) {
				return;
			}
			current = this.attempt;
		}
		StompHeaders connect = new StompHeaders();
		connect.add("Authorization", "Bearer " + this.token);
		String url = this.requests.gateway().resolve("/ws").toString().replaceFirst("^http", "ws");
		this.stomp.connectAsync(url, new WebSocketHttpHeaders(), connect, new Handler(current))
			.whenComplete((session, failure) -> {
				if (failure != null) {
					lost(current);
				}
			});
	}

	private synchronized void lost(int failedAttempt) {
		if (failedAttempt != this.attempt) {
			return;
		}
		this.attempt++;
		this.session = null;
		if (this.lostAt < 0) {
			this.lostAt = this.clock.now();
		}
		if (this.stopped) {
			return;
		}
		long base = Math.min(FIRST_RECONNECT.toMillis() << Math.min(this.failedConnects, 5), MAX_RECONNECT.toMillis());
		this.failedConnects++;
		long delay = base + ThreadLocalRandom.current().nextInt(JITTER_MILLIS);
		this.scheduler.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
	}

	private void connected(StompSession session) {
		this.session = session;
		for (TeamView view : this.views.values()) {
			view.beginCatchUp();
			session.subscribe("/topic/teams." + view.teamId(), new Frames(view));
		}
		this.catchUps.execute(() -> {
			List<CompletableFuture<Void>> teams = this.views.values()
				.stream()
				.map(view -> CompletableFuture.runAsync(() -> catchUp(view), this.catchUps))
				.toList();
			teams.forEach(CompletableFuture::join);
			if (this.session != session) {
				return;
			}
			synchronized (this) {
				this.failedConnects = 0;
				if (this.lostAt >= 0) {
					this.outages.add(new Outage(this.lostAt, this.clock.now()));
					this.lostAt = -1;
				}
			}
		});
	}

	private void catchUp(TeamView view) {
		view.beginCatchUp();
		do {
			Map<Long, String> page;
			do {
				page = activityAfter(view.teamId(), view.last());
				view.onPage(page, this.clock.now());
			}
			while (page.size() == PAGE);
		}
		while (!view.endCatchUp(this.clock.now()) && !this.stopped);
	}

	private Map<Long, String> activityAfter(long team, long after) {
		String path = "/api/teams/%d/activity?after=%d&limit=%d".formatted(team, after, PAGE);
		while (true) {
			ClientRetry.Result result = ClientRetry.call(() -> this.requests.send("GET", path, this.token, null));
			this.journal.answered(result);
			if (result.outcome().ok()) {
				Map<Long, String> page = new LinkedHashMap<>();
				for (JsonNode envelope : result.outcome().body()) {
					page.put(envelope.path("seq").asLong(), envelope.path("id").asString());
				}
				return page;
			}
			this.journal.userError(this.clock.now(), "GET " + path, result.outcome().describe());
		}
	}

	private final class Handler extends StompSessionHandlerAdapter {

		private final int attempt;

		Handler(int attempt) {
			this.attempt = attempt;
		}

		@Override
		public Type getPayloadType(StompHeaders headers) {
			return byte[].class;
		}

		@Override
		public void handleException(StompSession session, @Nullable StompCommand command, StompHeaders headers,
				byte[] payload, Throwable exception) {
			System.err.println(Subscriber.this.name + ": " + exception);
		}

		@Override
		public void afterConnected(StompSession session, StompHeaders connectedHeaders) {
			connected(session);
		}

		@Override
		public void handleTransportError(StompSession session, Throwable exception) {
			lost(this.attempt);
		}

		@Override
		public void handleFrame(StompHeaders headers, @Nullable Object payload) {
			if (Subscriber.this.stopped) {
				return;
			}
			// An ERROR frame: the server closes the socket next, and handleTransportError
			// follows.
			Subscriber.this.journal.userError(Subscriber.this.clock.now(), "STOMP " + Subscriber.this.name,
					"ERROR " + headers.getFirst("message"));
		}

	}

	private final class Frames implements StompFrameHandler {

		private final TeamView view;

		Frames(TeamView view) {
			this.view = view;
		}

		@Override
		public Type getPayloadType(StompHeaders headers) {
			return byte[].class;
		}

		@Override
		public void handleFrame(StompHeaders headers, @Nullable Object payload) {
			JsonNode envelope = Requests.JSON.readTree((byte[]) payload);
			if (this.view.onLive(envelope.path("seq").asLong(), envelope.path("id").asString(),
					Subscriber.this.clock.now())) {
				Subscriber.this.catchUps.execute(() -> catchUp(this.view));
			}
		}

	}

}
