package app.huddle.notifier.access;

import org.springframework.messaging.MessagingException;

/**
 * A frame the caller may not send; its message goes to the client in the ERROR frame,
 * then the socket closes.
 */
public class AccessRefused extends MessagingException {

	AccessRefused(String reason) {
		super(reason);
	}

}
