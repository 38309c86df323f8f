package app.huddle.api.fuzz;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The fuzz run's size and seed: a fixed seed and a try count that keep the default build
 * deterministic and short; {@code -Dhuddle.fuzz.tries=N} and {@code -Dhuddle.fuzz.seed=S}
 * (any number) for a longer or different run.
 */
class FuzzSettings implements AroundPropertyHook {

	static final int DEFAULT_TRIES = 500;

	static final String DEFAULT_SEED = "20261130";

	@Override
	public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
		context.attributes().setTries(Integer.getInteger("huddle.fuzz.tries", DEFAULT_TRIES));
		context.attributes().setSeed(System.getProperty("huddle.fuzz.seed", DEFAULT_SEED));
		return property.execute();
	}

}
