package app.huddle.api.auth;

import app.huddle.api.shared.Problems;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;

/**
 * Every /api call but register and login needs a session, found by bearer token or
 * cookie. CSRF protection is off because the cookie is SameSite=Strict and bearer tokens
 * are not sent by browsers on their own.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String COOKIE = "HUDDLE_SESSION";

	@Bean
	SecurityFilterChain api(HttpSecurity http, SecurityContextRepository contexts) throws Exception {
		return http.csrf(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.securityContext(context -> context.securityContextRepository(contexts))
			.addFilterBefore(new CookieOriginCheck(), AuthorizationFilter.class)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.POST, "/api/auth/register", "/api/auth/login", "/api/auth/logout")
				.permitAll()
				// A calendar feed: its secret URL is the credential (calendar/).
				.requestMatchers(HttpMethod.GET, "/api/calendar/*")
				.permitAll()
				.requestMatchers("/api/docs/**", "/api/docs", "/actuator/health/liveness", "/actuator/health/readiness",
						"/error")
				.permitAll()
				// The actuator's own server: loopback only (management.server in
				// application.yml).
				.requestMatchers(EndpointRequest.toAnyEndpoint())
				.permitAll()
				.anyRequest()
				.authenticated())
			.exceptionHandling(
					errors -> errors.authenticationEntryPoint((request, response, ex) -> Problems.write(response, ex))
						.accessDeniedHandler((request, response, ex) -> Problems.write(response, ex)))
			.build();
	}

	/**
	 * URLs the firewall refuses (';' parameters, encoded slashes, ...): problem+json too.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return (request, response, ex) -> Problems.write(response, ex);
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	CookieSerializer cookieSerializer() {
		DefaultCookieSerializer serializer = new DefaultCookieSerializer();
		serializer.setCookieName(COOKIE);
		serializer.setCookiePath("/");
		serializer.setSameSite("Strict");
		serializer.setUseHttpOnlyCookie(true);
		serializer.setUseBase64Encoding(false);
		return serializer;
	}

	/** Spring Session JDBC picks this bean up by its name. */
	@Bean
	TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactionManager) {
		return new FailoverSafeSessionTransactions(transactionManager);
	}

	@Bean
	HttpSessionIdResolver httpSessionIdResolver(CookieSerializer cookieSerializer) {
		return new BearerOrCookieSessionIdResolver(cookieSerializer);
	}

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> storeOnlyTokenHashes() {
		return repository -> repository.setSessionIdGenerator(new SessionTokens());
	}

}
