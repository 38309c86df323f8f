package app.huddle.api.auth;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import app.huddle.api.shared.HuddleException;
import app.huddle.api.shared.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a state change that rides on the session cookie but comes from another origin
 * (OWASP's check of the standard Origin and Sec-Fetch-Site headers): SameSite does not
 * stop a form on another port of the same site. A bearer token is never sent by a browser
 * on its own, so requests that carry one pass.
 */
class CookieOriginCheck extends OncePerRequestFilter {

	static final String DETAIL = "A request from another origin may not use the session cookie; "
			+ "send the token in an Authorization header instead.";

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private static final Set<String> SAME_ORIGIN_FETCH = Set.of("same-origin", "none");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (ridesOnCookie(request) && fromElsewhere(request)) {
			Problems.write(response, HuddleException.forbidden(DETAIL));
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean ridesOnCookie(HttpServletRequest request) {
		return !SAFE_METHODS.contains(request.getMethod()) && request.getHeader(HttpHeaders.AUTHORIZATION) == null
				&& request.getCookies() != null
				&& Arrays.stream(request.getCookies())
					.map(Cookie::getName)
					.anyMatch(SecurityConfiguration.COOKIE::equals);
	}

	private static boolean fromElsewhere(HttpServletRequest request) {
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		if (origin != null) {
			return !authorityOf(origin).equalsIgnoreCase(String.valueOf(request.getHeader(HttpHeaders.HOST)));
		}
		String site = request.getHeader("Sec-Fetch-Site");
		return site != null && !SAME_ORIGIN_FETCH.contains(site);
	}

	private static String authorityOf(String origin) {
		try {
			return String.valueOf(URI.create(origin).getRawAuthority());
		}
		catch (IllegalArgumentException malformed) {
			return "";
		}
	}

}
