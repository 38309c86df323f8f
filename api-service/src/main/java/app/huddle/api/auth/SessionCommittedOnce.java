package app.huddle.api.auth;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.annotation.Order;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring MVC flushes the response of every handler that returns a {@code ResponseEntity}
 * (every 201 of the API). Spring Session saves the session at that flush and again when
 * its filter ends, and the second time it reads the session from the database once more
 * (spring-session#1731): a transaction per request for nothing. Just inside Spring
 * Session's filter, this one holds such flushes back; the container sends the response as
 * soon as the filter chain returns, after the one save.
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER + 1)
class SessionCommittedOnce extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new HttpServletResponseWrapper(response) {
			@Override
			public void flushBuffer() {
				// sent when the chain returns
			}
		});
	}

}
