package app.huddle.testsupport;

import java.util.List;

import org.springframework.boot.amqp.autoconfigure.RabbitConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Connection details for the shared test servers; import it into any Spring Boot test.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestServersConfiguration {

	/**
	 * Property naming a database of its own for a test that must not share the common
	 * one.
	 */
	public static final String DATABASE_PROPERTY = "huddle.test.database";

	@Bean
	JdbcConnectionDetails jdbcConnectionDetails(Environment environment) {
		String database = environment.getProperty(DATABASE_PROPERTY, PostgresServer.DATABASE);
		TestServers.postgres().ensureDatabase(database);
		return new JdbcConnectionDetails() {
			@Override
			public String getUsername() {
				return PostgresServer.USER;
			}

			@Override
			public String getPassword() {
				return PostgresServer.PASSWORD;
			}

			@Override
			public String getJdbcUrl() {
				return TestServers.postgres().jdbcUrl(database);
			}
		};
	}

	@Bean
	RabbitConnectionDetails rabbitConnectionDetails() {
		RabbitServer rabbit = TestServers.rabbit();
		return new RabbitConnectionDetails() {
			@Override
			public String getUsername() {
				return rabbit.username();
			}

			@Override
			public String getPassword() {
				return rabbit.password();
			}

			@Override
			public String getVirtualHost() {
				return "/";
			}

			@Override
			public List<Address> getAddresses() {
				return List.of(new Address(rabbit.host(), rabbit.port()));
			}
		};
	}

}
