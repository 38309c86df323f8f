package app.huddle.api.shared;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Session reads the session before Spring MVC runs, so an exhausted connection
 * pool or a failover outlasting the retries there would reach the container as a 500.
 * Just outside Spring Session's filter, this answers them as the exception handler
 * answers them in a controller: 503 with Retry-After.
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER - 1)
class BusyAnswer extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException | ServletException ex) {
			if (!Problems.unavailable(ex) || response.isCommitted()) {
				throw ex;
			}
			response.reset();
			Problems.write(response, ex);
		}
	}

}
