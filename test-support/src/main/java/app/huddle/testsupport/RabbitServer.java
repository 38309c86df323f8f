package app.huddle.testsupport;

/** A RabbitMQ broker the tests own, which they may take away and bring back. */
public interface RabbitServer extends AutoCloseable {

	String host();

	int port();

	String username();

	String password();

	/** Makes the broker unreachable, as a crash or outage would. */
	void stop();

	/** Brings the broker back on the same address, keeping its durable state. */
	void start();

	@Override
	void close();

}
