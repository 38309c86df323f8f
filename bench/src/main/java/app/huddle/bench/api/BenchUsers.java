package app.huddle.bench.api;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bench users with deterministic names, reused across runs: registration and login cost a
 * BCrypt hash each, so tokens are kept in the run directory and only replaced when the
 * API no longer accepts them.
 */
public final class BenchUsers {

	private static final String PASSWORD = "bench-password-1";

	/**
	 * BCrypt is CPU-bound on the same two cores: a few at a time is as fast as it gets.
	 */
	private static final int PARALLELISM = 4;

	private final HuddleApi api;

	private final Path tokenFile;

	private final Properties tokens = new Properties();

	public BenchUsers(HuddleApi api, Path runDir) {
		this.api = api;
		this.tokenFile = runDir.resolve("bench-tokens.properties");
		if (Files.exists(this.tokenFile)) {
			try (Reader reader = Files.newBufferedReader(this.tokenFile)) {
				this.tokens.load(reader);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	public BenchUser user(String username) {
		return users(List.of(username)).getFirst();
	}

	/** {@code prefix-0001} … {@code prefix-<count>}, in order. */
	public List<BenchUser> numbered(String prefix, int count) {
		List<String> names = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			names.add("%s-%04d".formatted(prefix, i));
		}
		return users(names);
	}

	private List<BenchUser> users(List<String> usernames) {
		AtomicInteger done = new AtomicInteger();
		List<BenchUser> users = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(PARALLELISM)) {
			List<Future<BenchUser>> futures = usernames.stream().map(name -> pool.submit(() -> {
				BenchUser user = signIn(name);
				int n = done.incrementAndGet();
				if (usernames.size() >= 50 && n % 100 == 0) {
					System.out.printf("    users ready: %d of %d%n", n, usernames.size());
				}
				return user;
			})).toList();
			for (Future<BenchUser> future : futures) {
				users.add(future.get());
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("setting up bench users failed", ex);
		}
		save();
		return users;
	}

	private BenchUser signIn(String username) {
		String cached;
		synchronized (this.tokens) {
			cached = this.tokens.getProperty(username);
		}
		if (cached != null && this.api.get("/api/me", cached).ok()) {
			return new BenchUser(username, cached);
		}
		Map<String, String> credentials = Map.of("username", username, "password", PASSWORD);
		ApiResponse registered = this.api.post("/api/auth/register", null, credentials);
		if (!registered.ok() && registered.status() != 409) {
			registered.orThrow("register " + username);
		}
		String token = this.api.post("/api/auth/login", null, credentials)
			.orThrow("login " + username)
			.body()
			.get("token")
			.asString();
		synchronized (this.tokens) {
			this.tokens.setProperty(username, token);
		}
		return new BenchUser(username, token);
	}

	private void save() {
		synchronized (this.tokens) {
			try (Writer writer = Files.newBufferedWriter(this.tokenFile)) {
				this.tokens.store(writer, "bench users' tokens (./huddle bench)");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

}
