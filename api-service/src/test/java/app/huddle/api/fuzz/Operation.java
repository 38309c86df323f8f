package app.huddle.api.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * One operation of the live OpenAPI document: its path template, parameters and the
 * schema of its JSON body (resolved, or null when it takes none).
 */
record Operation(String method, String path, List<Parameter> parameters, @Nullable JsonNode body) {

	static List<Operation> all(JsonNode document) {
		List<Operation> operations = new ArrayList<>();
		for (var path : document.get("paths").properties()) {
			for (var method : path.getValue().properties()) {
				JsonNode operation = method.getValue();
				List<Parameter> parameters = new ArrayList<>();
				for (JsonNode parameter : operation.path("parameters")) {
					parameters.add(new Parameter(parameter.get("name").asString(), parameter.get("in").asString(),
							resolve(document, parameter.get("schema"))));
				}
				JsonNode schema = operation.path("requestBody").path("content").path("application/json").get("schema");
				operations.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), parameters,
						schema == null ? null : resolve(document, schema)));
			}
		}
		return operations;
	}

	private static JsonNode resolve(JsonNode document, JsonNode schema) {
		if (schema.has("$ref")) {
			String[] steps = schema.get("$ref").asString().substring(2).split("/");
			JsonNode target = document;
			for (String step : steps) {
				target = target.get(step);
			}
			return target;
		}
		return schema;
	}

	@Override
	public String toString() {
		return method + " " + path;
	}

	/** A path, query or header parameter and its schema. */
	record Parameter(String name, String in, JsonNode schema) {

		boolean isDateTime() {
			return "date-time".equals(schema.path("format").asString(""));
		}

	}

}
