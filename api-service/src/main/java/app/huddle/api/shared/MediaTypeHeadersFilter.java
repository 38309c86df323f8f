package app.huddle.api.shared;

import java.io.IOException;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything runs, a request whose Accept header is malformed or allows no
 * JSON (otherwise the operation would run, and store, and only its answer would fail as
 * an empty 406), and one whose Content-Type is malformed or a wildcard (which Spring
 * cannot read a body with).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class MediaTypeHeadersFilter extends OncePerRequestFilter {

	static final String MALFORMED_ACCEPT = "The Accept header is not a valid list of media types.";

	static final String NOT_JSON = "This API answers application/json (and application/problem+json for errors); "
			+ "the Accept header allows neither.";

	static final String BAD_CONTENT_TYPE = "The Content-Type header must name one concrete media type, "
			+ "such as application/json.";

	private static final List<MediaType> ANSWERS = List.of(MediaType.APPLICATION_JSON,
			MediaType.APPLICATION_PROBLEM_JSON);

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !path.startsWith("/api/") || path.startsWith("/api/docs");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpStatus refusal = null;
		String detail = null;
		if (!concrete(request.getContentType())) {
			refusal = HttpStatus.UNSUPPORTED_MEDIA_TYPE;
			detail = BAD_CONTENT_TYPE;
		}
		List<String> accept = Collections.list(request.getHeaders(HttpHeaders.ACCEPT));
		if (refusal == null && !accept.isEmpty()) {
			try {
				if (MediaType.parseMediaTypes(accept)
					.stream()
					.noneMatch(type -> ANSWERS.stream().anyMatch(type::isCompatibleWith))) {
					refusal = HttpStatus.NOT_ACCEPTABLE;
					detail = NOT_JSON;
				}
			}
			catch (InvalidMediaTypeException ex) {
				refusal = HttpStatus.NOT_ACCEPTABLE;
				detail = MALFORMED_ACCEPT;
			}
		}
		if (refusal != null) {
			Problems.write(response, new HuddleException(refusal, detail));
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean concrete(@Nullable String contentType) {
		if (contentType == null) {
			return true;
		}
		try {
			return !MediaType.parseMediaType(contentType).isWildcardType();
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

}
