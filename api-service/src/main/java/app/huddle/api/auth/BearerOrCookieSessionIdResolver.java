package app.huddle.api.auth;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;

/**
 * Finds the session by the token in {@code Authorization: Bearer …} when present, else in
 * the session cookie; the session id is the token's hash ({@link SessionTokens}).
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
			return List.of(SessionTokens.sessionIdOf(header.substring(BEARER.length()).strip()));
		}
		return cookies.resolveSessionIds(request).stream().map(SessionTokens::sessionIdOf).toList();
	}

	@Override
	public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
		String token = SessionTokens.issuedIn(request, sessionId);
		if (token != null) {
			cookies.setSessionId(request, response, token);
		}
	}

	@Override
	public void expireSession(HttpServletRequest request, HttpServletResponse response) {
		cookies.expireSession(request, response);
	}

}
