package app.huddle.api.shared;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InsufficientAuthenticationException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** The one failure-to-problem mapping, as every error path of the API uses it. */
class ProblemsTests {

	@Test
	void domainFailuresKeepTheirStatusDetailAndHeaders() {
		var answer = Problems.answer(HuddleException.conflict("Already a member."));
		assertThat(answer.status()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(answer.detail()).isEqualTo("Already a member.");
	}

	@Test
	void securityFailuresAnswer401Or403() {
		assertThat(Problems.answer(new BadCredentialsException("Wrong username or password.")))
			.isEqualTo(new Problems.Answer(HttpStatus.UNAUTHORIZED, "Wrong username or password."));
		assertThat(Problems.answer(new InsufficientAuthenticationException("anonymous")))
			.isEqualTo(new Problems.Answer(HttpStatus.UNAUTHORIZED, Problems.SIGN_IN));
		assertThat(Problems.answer(new AccessDeniedException("no")))
			.isEqualTo(new Problems.Answer(HttpStatus.FORBIDDEN, Problems.NOT_ALLOWED));
	}

	@Test
	void anOversizedBodyIs413EvenWhenWrapped() {
		var unreadable = new HttpMessageNotReadableException("could not read",
				new RequestSizeLimitFilter.BodyTooLargeException(), mock(HttpInputMessage.class));
		assertThat(Problems.answer(unreadable))
			.isEqualTo(new Problems.Answer(HttpStatus.CONTENT_TOO_LARGE, RequestSizeLimitFilter.DETAIL));
	}

	@Test
	void anythingElseIs500WithoutItsMessage() {
		var answer = Problems.answer(new IllegalStateException("secret internals"));
		assertThat(answer.status()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
		assertThat(answer.detail()).doesNotContain("secret");
	}

	@Test
	void filtersWriteTheSameProblemDocument() throws Exception {
		var response = new MockHttpServletResponse();
		Problems.write(response, new InsufficientAuthenticationException("anonymous"));

		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE + ";charset=UTF-8");
		JsonNode body = JsonMapper.builder().build().readTree(response.getContentAsString());
		assertThat(body.propertyNames()).containsExactlyInAnyOrder("type", "title", "status", "detail");
		assertThat(body.get("type").asString()).isEqualTo("about:blank");
		assertThat(body.get("title").asString()).isEqualTo("Unauthorized");
		assertThat(body.get("status").asInt()).isEqualTo(401);
		assertThat(body.get("detail").asString()).isEqualTo(Problems.SIGN_IN);
	}

}
