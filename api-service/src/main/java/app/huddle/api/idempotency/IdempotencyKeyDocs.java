package app.huddle.api.idempotency;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Names the optional Idempotency-Key header on every changing operation that honours it.
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyKeyDocs {

	static final String DESCRIPTION = "Makes the request safe to send again: the same request with the same key "
			+ "within 24 hours answers as the first did (header Idempotent-Replayed: true) instead of running twice. "
			+ "409 with Retry-After while the first is still running; 422 when the key was used for another request. "
			+ "See docs/api-notes.md.";

	@Bean
	OpenApiCustomizer idempotencyKeyHeader() {
		return openApi -> {
			if (openApi.getPaths() == null) {
				return;
			}
			openApi.getPaths().forEach((path, item) -> {
				if (path.startsWith("/api/") && !IdempotencyFilter.NOT_COVERED.contains(path)) {
					Stream.of(item.getPost(), item.getPut(), item.getPatch(), item.getDelete())
						.filter(Objects::nonNull)
						.forEach(operation -> operation.addParametersItem(parameter()));
				}
			});
		};
	}

	private static HeaderParameter parameter() {
		JsonSchema schema = new JsonSchema();
		schema.setTypes(new HashSet<>(Set.of("string")));
		schema.setPattern("^([A-Za-z0-9_.:-]{1,64}|\"[A-Za-z0-9_.:-]{1,64}\")$");
		HeaderParameter header = new HeaderParameter();
		header.setName(IdempotencyFilter.HEADER);
		header.setRequired(false);
		header.setDescription(DESCRIPTION);
		header.setSchema(schema);
		return header;
	}

}
