package app.huddle.api.reminder;

import java.util.List;

import app.huddle.api.notification.Inbox;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One check for due reminders: sends every reminder due now, in transactions of up to
 * {@code batch-size} reminders, each inserting the {@code event_reminders} row and, only
 * when that row is new, the member's {@code event.reminder} inbox notification (which is
 * also its outbox entry, published to the live queue after commit).
 * <p>
 * Why each reminder is delivered exactly once, whatever fails:
 * <ul>
 * <li>db-scheduler runs the check on one replica at a time: the replica that picks the
 * task's row (an optimistic-locked update of {@code scheduled_tasks}) runs it, the others
 * skip it.</li>
 * <li>A replica killed mid-run leaves its last transaction uncommitted, so PostgreSQL
 * rolls it back: that batch's rows and notifications vanish together, never one without
 * the other. Batches committed before the kill stay, rows and notifications alike. When
 * the dead replica's heartbeats stop, another replica revives the task and runs the check
 * again: it finds exactly the reminders not yet committed.</li>
 * <li>That rerun, or a replica wrongly presumed dead that is still running (a long GC
 * pause), may reach a reminder another run already has: the primary key (event_id,
 * user_id, starts_at) makes the second insert do nothing (or wait for the first
 * transaction, then do nothing), and nothing is delivered for a row that was not new. The
 * key, not the scheduler, is what makes it exactly once; the scheduler only keeps the
 * replicas from doing the work twice over.</li>
 * <li>A database failover fails the transaction in flight (rolled back, or committed
 * before the connection dropped): the task fails, db-scheduler runs it again at the next
 * check, and the key sorts out which of the two it was.</li>
 * </ul>
 * The live copy on {@code /user/queue/notifications} travels through the outbox, which is
 * at least once: a crash between broker confirm and marking the row may send the same
 * envelope (same id) twice, which clients drop by id; the inbox keeps one.
 */
@Component
class ReminderRun {

	private final DueReminders due;

	private final Inbox inbox;

	private final ReminderSettings settings;

	private final TransactionTemplate transactions;

	ReminderRun(DueReminders due, Inbox inbox, ReminderSettings settings, PlatformTransactionManager transactions) {
		this.due = due;
		this.inbox = inbox;
		this.settings = settings;
		this.transactions = new TransactionTemplate(transactions);
	}

	/** Sends what is due; returns how many reminders this run delivered. */
	int sendDue() {
		int sent = 0;
		Batch batch;
		do {
			batch = transactions.execute(status -> sendBatch());
			sent += batch.delivered();
		}
		while (batch.found() == settings.batchSize());
		return sent;
	}

	private Batch sendBatch() {
		List<DueReminder> reminders = due.next(settings.defaultBefore(), settings.batchSize());
		int delivered = 0;
		for (DueReminder reminder : reminders) {
			if (due.record(reminder)) {
				inbox.deliver(reminder.userId(), reminder.event().teamId(), reminder.sent());
				delivered++;
			}
		}
		return new Batch(reminders.size(), delivered);
	}

	/** How many reminders a batch found due, and how many of them it delivered. */
	private record Batch(int found, int delivered) {
	}

}
