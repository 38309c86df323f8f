package app.huddle.api.outbox;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.Yaml;

/**
 * contracts/asyncapi.yaml as plain maps, with local {@code $ref}s followed on request.
 */
final class AsyncApiDocument {

	static final Path PATH = Path.of("..", "contracts", "asyncapi.yaml");

	private final Map<String, Object> root;

	private AsyncApiDocument(Map<String, Object> root) {
		this.root = root;
	}

	static AsyncApiDocument load() throws IOException {
		try (Reader reader = Files.newBufferedReader(PATH)) {
			return new AsyncApiDocument(new Yaml().load(reader));
		}
	}

	Map<String, Object> root() {
		return root;
	}

	Map<String, Object> at(String... path) {
		Object node = root;
		for (String key : path) {
			node = map(node).get(key);
			if (node == null) {
				throw new AssertionError("asyncapi.yaml has no " + String.join("/", path));
			}
		}
		return map(node);
	}

	/** The node itself, or what its {@code $ref} points to, followed to the end. */
	Map<String, Object> resolve(Object node) {
		Map<String, Object> map = map(node);
		while (map.get("$ref") instanceof String ref) {
			if (!ref.startsWith("#/")) {
				throw new AssertionError("Only local references are supported: " + ref);
			}
			map = at(ref.substring(2).split("/"));
		}
		return map;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object node) {
		if (!(node instanceof Map)) {
			throw new AssertionError("Expected a mapping but found " + node);
		}
		return (Map<String, Object>) node;
	}

	@SuppressWarnings("unchecked")
	static List<Object> list(Object node) {
		return node == null ? List.of() : (List<Object>) node;
	}

}
