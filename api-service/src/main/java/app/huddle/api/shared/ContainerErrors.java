package app.huddle.api.shared;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Errors Tomcat answers itself, before a request reaches Spring (a URL it cannot decode,
 * say), as problem+json instead of Tomcat's HTML page.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		factory.addContextCustomizers(context -> ((StandardHost) context.getParent())
			.setErrorReportValveClass(ProblemReportValve.class.getName()));
	}

	/** Tomcat's error report, written as a problem. */
	public static class ProblemReportValve extends ErrorReportValve {

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			try {
				HttpStatus known = HttpStatus.resolve(status);
				HttpStatus answer = known != null ? known : HttpStatus.BAD_REQUEST;
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(Problems.body(answer,
							answer == HttpStatus.BAD_REQUEST ? Problems.REJECTED_URL : Problems.UNEXPECTED, Map.of()));
				}
			}
			catch (IOException | IllegalStateException ex) {
				// The client is gone or the response committed: nothing more to say.
			}
		}

	}

}
