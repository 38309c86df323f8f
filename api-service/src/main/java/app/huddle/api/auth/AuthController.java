package app.huddle.api.auth;

import app.huddle.api.shared.CurrentUser;
import app.huddle.api.shared.UserRef;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Register, log in, log out and who-am-I. */
@RestController
class AuthController {

	private final AuthService auth;

	private final SecurityContextRepository contexts;

	private final Logout logout;

	AuthController(AuthService auth, SecurityContextRepository contexts, Logout logout) {
		this.auth = auth;
		this.contexts = contexts;
		this.logout = logout;
	}

	@PostMapping("/api/auth/register")
	@ResponseStatus(HttpStatus.CREATED)
	UserRef register(@Valid @RequestBody AuthRequests.Register body) {
		return auth.register(body.username(), body.password(), body.displayName());
	}

	@PostMapping("/api/auth/login")
	LoginResponse login(@Valid @RequestBody AuthRequests.Login body, HttpServletRequest request,
			HttpServletResponse response) {
		CurrentUser user = auth.login(body.username(), body.password(), request.getRemoteAddr());
		HttpSession previous = request.getSession(false);
		if (previous != null) {
			end(previous);
		}
		HttpSession session = request.getSession(true);
		session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, String.valueOf(user.id()));
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
				AuthorityUtils.createAuthorityList("ROLE_USER")));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		String token = SessionTokens.issuedIn(request, session.getId());
		if (token == null) {
			throw new IllegalStateException("The new session's token was not issued on this request");
		}
		return new LoginResponse(token, user.ref());
	}

	@PostMapping("/api/auth/logout")
	ResponseEntity<Void> logout(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			end(session);
		}
		SecurityContextHolder.clearContext();
		return ResponseEntity.noContent().build();
	}

	/** A signed-in session's sockets close at once, on every notifier. */
	private void end(HttpSession session) {
		if (session.getAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME) instanceof String user) {
			logout.end(session.getId(), Long.parseLong(user));
		}
		session.invalidate();
	}

	@GetMapping("/api/me")
	UserRef me(@AuthenticationPrincipal CurrentUser me) {
		return me.ref();
	}

}
