package app.huddle.api.auth;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;

/**
 * Reads the session id from {@code Authorization: Bearer …} when present, else from the
 * session cookie.
 */
class BearerOrCookieSessionIdResolver implements HttpSessionIdResolver {

	private static final String BEARER = "Bearer ";

	private final CookieHttpSessionIdResolver cookies = new CookieHttpSessionIdResolver();

	BearerOrCookieSessionIdResolver(CookieSerializer serializer) {
		cookies.setCookieSerializer(serializer);
	}

	@Override
	public List<String> resolveSessionIds(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return List.of(header.substring(BEARER.length()).strip());
		}
		return cookies.resolveSessionIds(request);
	}

	@Override
	public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
		cookies.setSessionId(request, response, sessionId);
	}

	@Override
	public void expireSession(HttpServletRequest request, HttpServletResponse response) {
		cookies.expireSession(request, response);
	}

}
