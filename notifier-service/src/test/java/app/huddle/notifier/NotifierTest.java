package app.huddle.notifier;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import app.huddle.testsupport.ApiServiceExtension;
import app.huddle.testsupport.TestServersConfiguration;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A notifier on a random port against the test PostgreSQL and RabbitMQ, with the real
 * api-service beside it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ApiServiceExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "huddle.notifier.instance-id=" + NotifierTests.INSTANCE_A)
@Import(TestServersConfiguration.class)
@interface NotifierTest {

}
