package app.huddle.config;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class DevelopmentSecretsTests {

	private final DevelopmentSecrets check = new DevelopmentSecrets();

	private final SpringApplication application = new SpringApplication();

	@Test
	void huddleEnvsPasswordsAreRefusedOutsideDevelopment() {
		MockEnvironment production = new MockEnvironment().withProperty("HUDDLE_ENVIRONMENT", "production")
			.withProperty("spring.datasource.password", "${HUDDLE_DB_PASSWORD}")
			.withProperty("HUDDLE_DB_PASSWORD", "huddle");

		assertThatIllegalStateException().isThrownBy(() -> check.postProcessEnvironment(production, application))
			.withMessageContaining("spring.datasource.password is a development password from huddle.env")
			.withMessageContaining("HUDDLE_ENVIRONMENT is production");

		MockEnvironment unset = new MockEnvironment().withProperty("spring.rabbitmq.password", "admin");
		assertThatIllegalStateException().isThrownBy(() -> check.postProcessEnvironment(unset, application))
			.withMessageContaining("spring.rabbitmq.password")
			.withMessageContaining("not set");
	}

	@Test
	void ownPasswordsAndDevelopmentMachinesAreFine() {
		MockEnvironment production = new MockEnvironment().withProperty("HUDDLE_ENVIRONMENT", "production")
			.withProperty("spring.datasource.password", "a-long-secret-of-our-own")
			.withProperty("spring.rabbitmq.password", "another-one");
		assertThatCode(() -> check.postProcessEnvironment(production, application)).doesNotThrowAnyException();

		MockEnvironment development = new MockEnvironment().withProperty("HUDDLE_ENVIRONMENT", "development")
			.withProperty("spring.datasource.password", "huddle");
		assertThatCode(() -> check.postProcessEnvironment(development, application)).doesNotThrowAnyException();
	}

}
