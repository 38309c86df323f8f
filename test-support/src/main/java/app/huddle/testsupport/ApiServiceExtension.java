package app.huddle.testsupport;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the one api-service child process of this test JVM (see {@link ApiService});
 * JUnit stops it when the run ends.
 */
public final class ApiServiceExtension implements BeforeAllCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(ApiServiceExtension.class);

	private static volatile ApiService api;

	@Override
	public void beforeAll(ExtensionContext context) {
		api = context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(ApiService.class, key -> ApiService.start(), ApiService.class);
	}

	/** The api-service, once it answers. */
	public static ApiService api() {
		return api.awaitReady();
	}

}
