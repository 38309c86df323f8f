package app.huddle.api;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	@Test
	void featuresOnlyUseEachOthersPublicApi() {
		ApplicationModules.of(HuddleApiApplication.class).verify();
	}

}
