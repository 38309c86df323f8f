package app.huddle.bench.fanout;

import java.net.InetSocketAddress;
import java.util.List;

/**
 * Where the team's members subscribe: one or more WebSocket servers (members are spread
 * over them evenly and counted per server), the destination, whether CONNECT carries the
 * token and whether the server answers SUBSCRIBE receipts.
 */
record FanoutTarget(String name, List<String> serverNames, List<InetSocketAddress> servers, String destination,
		boolean authenticated, boolean receipts) {
}
