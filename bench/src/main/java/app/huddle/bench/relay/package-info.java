/**
 * The fan-out benchmark's comparison design: Spring's STOMP broker relay to RabbitMQ's
 * STOMP plugin ({@link app.huddle.bench.relay.BrokerRelayApp}), run in a child JVM by
 * {@link app.huddle.bench.relay.BrokerRelayBaseline}.
 */
package app.huddle.bench.relay;
