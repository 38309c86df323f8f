package app.huddle.api.shared;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.JsonNode;

/**
 * Makes the OpenAPI schemas say what the records say, so the web UI's generated types are
 * exact: every record component is required, a JSpecify {@code @Nullable} one may be
 * {@code null} (or is left out, under {@code @JsonInclude(NON_NULL)}, and in request
 * bodies), and a {@code JsonNode} is any JSON.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiSchemas {

	@Bean
	ModelConverter recordSchemas() {
		return new RecordSchemas();
	}

	@Bean
	OpenApiCustomizer optionalNullablesInRequestBodies() {
		return openApi -> {
			Map<String, Schema> schemas = openApi.getComponents().getSchemas();
			if (openApi.getPaths() == null || schemas == null) {
				return;
			}
			openApi.getPaths()
				.values()
				.stream()
				.flatMap(path -> path.readOperations().stream())
				.filter(operation -> operation.getRequestBody() != null
						&& operation.getRequestBody().getContent() != null)
				.flatMap(operation -> operation.getRequestBody().getContent().values().stream())
				.map(MediaType::getSchema)
				.filter(schema -> schema != null && schema.get$ref() != null)
				.map(schema -> schemas.get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1)))
				.filter(schema -> schema != null && schema.getRequired() != null && schema.getProperties() != null)
				.forEach(OpenApiSchemas::dropNullablesFromRequired);
		};
	}

	private static void dropNullablesFromRequired(Schema<?> schema) {
		List<String> required = new ArrayList<>(schema.getRequired());
		required.removeIf(name -> isNullable(schema.getProperties().get(name)));
		schema.setRequired(required.isEmpty() ? null : required);
	}

	private static boolean isNullable(@Nullable Schema<?> property) {
		return property != null && (property.getTypes() != null && property.getTypes().contains("null")
				|| property.getAnyOf() != null && property.getAnyOf().stream().anyMatch(OpenApiSchemas::isNull));
	}

	private static boolean isNull(Schema<?> schema) {
		return schema.getTypes() != null && schema.getTypes().equals(Set.of("null"));
	}

	/** Required and nullable properties from record components; any JSON for JsonNode. */
	static class RecordSchemas implements ModelConverter {

		@Override
		public @Nullable Schema<?> resolve(AnnotatedType type, ModelConverterContext context,
				Iterator<ModelConverter> chain) {
			Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
			if (JsonNode.class.isAssignableFrom(raw)) {
				return new JsonSchema();
			}
			Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
			if (schema != null && raw.isRecord()) {
				String ref = schema.get$ref();
				describe(raw, (ref != null) ? context.getDefinedModels().get(ref.substring(ref.lastIndexOf('/') + 1))
						: schema);
			}
			return schema;
		}

		private static void describe(Class<?> record, @Nullable Schema<?> model) {
			if (model == null || model.getProperties() == null) {
				return;
			}
			JsonInclude inclusion = record.getAnnotation(JsonInclude.class);
			boolean omitsNulls = inclusion != null && inclusion.value() != JsonInclude.Include.ALWAYS;
			Set<String> required = new LinkedHashSet<>(model.getRequired() != null ? model.getRequired() : List.of());
			for (RecordComponent component : record.getRecordComponents()) {
				String name = component.getName();
				Schema<?> property = model.getProperties().get(name);
				if (property == null) {
					continue;
				}
				boolean nullable = component.getAnnotatedType().isAnnotationPresent(Nullable.class);
				if (!nullable) {
					required.add(name);
				}
				else if (!omitsNulls) {
					required.add(name);
					model.getProperties().put(name, orNull(property));
				}
			}
			model.setRequired(new ArrayList<>(required));
		}

		private static Schema<?> orNull(Schema<?> property) {
			if (isNullable(property)) {
				return property;
			}
			if (property.get$ref() != null) {
				return new JsonSchema().anyOf(List.of(property, new JsonSchema().types(new HashSet<>(Set.of("null")))));
			}
			Set<String> types = new LinkedHashSet<>();
			if (property.getTypes() != null) {
				types.addAll(property.getTypes());
			}
			else if (property.getType() != null) {
				types.add(property.getType());
			}
			types.add("null");
			property.setTypes(types);
			return property;
		}

	}

}
