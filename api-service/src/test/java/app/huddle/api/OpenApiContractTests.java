package app.huddle.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import app.huddle.testsupport.Http;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The checked-in {@code contracts/openapi.json}, from which the web UI generates its
 * types, is the document the running api-service serves.
 */
class OpenApiContractTests extends ApiTests {

	static final String UPDATE_PROPERTY = "huddle.contract.update";

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.build();

	@Test
	void servedDocumentMatchesTheCheckedInContract() throws IOException {
		Http.Response served = http.get("/api/docs/openapi.json", null);
		assertThat(served.status()).as(served.body()).isEqualTo(200);
		String fresh = normalized(served.json());
		Path contract = repositoryRoot().resolve("contracts/openapi.json");
		if (Boolean.getBoolean(UPDATE_PROPERTY)) {
			Files.createDirectories(contract.getParent());
			Files.writeString(contract, fresh);
		}
		String checkedIn = Files.exists(contract) ? Files.readString(contract) : "";
		if (!fresh.equals(checkedIn)) {
			Path target = Path.of("target/openapi.json");
			Files.createDirectories(target.getParent());
			Files.writeString(target, fresh);
			fail("""
					The api-service's OpenAPI document differs from %s (the served one is in %s).
					If the change is intended, update the contract and the web UI with:
					  ./mvnw -o -pl api-service test -Dtest=OpenApiContractTests -D%s=true
					  cd web-ui && npm run build""".formatted(contract, target.toAbsolutePath(), UPDATE_PROPERTY));
		}
	}

	/**
	 * Sorted keys, two-space indent, a trailing newline, and no {@code servers} (they
	 * name the test's random port).
	 */
	static String normalized(JsonNode document) {
		ObjectNode copy = (ObjectNode) document.deepCopy();
		copy.remove("servers");
		return JSON.writeValueAsString(JSON.convertValue(copy, Object.class)) + "\n";
	}

	private static Path repositoryRoot() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
			dir = dir.getParent();
		}
		assertThat(dir).as("the repository root (holding mvnw) above " + Path.of("").toAbsolutePath()).isNotNull();
		return dir;
	}

}
