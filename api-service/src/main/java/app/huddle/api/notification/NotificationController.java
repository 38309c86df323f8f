package app.huddle.api.notification;

import java.util.List;
import java.util.Map;

import app.huddle.api.shared.CurrentUser;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's inbox. */
@RestController
class NotificationController {

	private final Notifications notifications;

	NotificationController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/api/notifications")
	List<Notification> list(@AuthenticationPrincipal CurrentUser me,
			@RequestParam(required = false) @Nullable Long before,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
		return notifications.list(me.id(), before, limit);
	}

	@GetMapping("/api/notifications/unread-count")
	Map<String, Long> unreadCount(@AuthenticationPrincipal CurrentUser me) {
		return Map.of("count", notifications.unreadCount(me.id()));
	}

	@PostMapping("/api/notifications/read")
	ResponseEntity<Void> markRead(@AuthenticationPrincipal CurrentUser me, @Valid @RequestBody MarkRead body) {
		notifications.markRead(me.id(), body.upTo());
		return ResponseEntity.noContent().build();
	}

	record MarkRead(@NotNull @Min(0) Long upTo) {
	}

}
