package app.huddle.notifier;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	@Test
	void featuresOnlyUseWhatOthersExpose() {
		ApplicationModules.of(NotifierApplication.class).verify();
	}

}
