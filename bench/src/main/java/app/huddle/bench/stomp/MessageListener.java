package app.huddle.bench.stomp;

/** Receives the body of every MESSAGE frame of one session, on a selector thread. */
@FunctionalInterface
public interface MessageListener {

	void onMessage(String body);

}
