package app.huddle.bench.api;

/** A bench user and a valid bearer token for it. */
public record BenchUser(String username, String token) {
}
