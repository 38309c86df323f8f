package app.huddle.bench.chaos;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import org.springframework.web.socket.messaging.WebSocketStompClient;

/** What the simulated people share: transports, the clock, the journal and threads. */
record Clients(Requests requests, WebSocketStompClient stomp, RunClock clock, Journal journal,
		ScheduledExecutorService scheduler, ExecutorService catchUps) {
}
