package app.huddle.api.reminder;

import java.time.Duration;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * db-scheduler, wired by hand (its 16.x Spring Boot starter is for Boot 3): one recurring
 * task, {@value #TASK}, that every replica registers and one at a time runs
 * ({@link ReminderRun}). The scheduler starts once the application is ready (Flyway has
 * made its table) and stops with the context, waiting briefly for a check in flight.
 */
@Configuration(proxyBeanMethods = false)
class ReminderScheduling {

	static final String TASK = "event-reminders";

	private static final Logger log = LoggerFactory.getLogger(ReminderScheduling.class);

	@Bean
	RecurringTask<Void> reminderCheck(ReminderRun run, ReminderSettings settings) {
		return Tasks.recurring(TASK, FixedDelay.of(settings.checkEvery())).execute((instance, context) -> {
			int sent = run.sendDue();
			if (sent > 0) {
				log.info("Sent {} event reminders", sent);
			}
		});
	}

	@Bean(destroyMethod = "stop")
	Scheduler reminderScheduler(DataSource dataSource, RecurringTask<Void> reminderCheck, ReminderSettings settings) {
		return Scheduler.create(dataSource)
			.startTasks(reminderCheck)
			.threads(1)
			// Shown as scheduled_tasks.picked_by: which replica (process) runs the check.
			.schedulerName(new SchedulerName.Fixed(
					new SchedulerName.Hostname().getName() + "#" + ProcessHandle.current().pid()))
			.pollingInterval(settings.checkEvery())
			.heartbeatInterval(settings.heartbeatEvery())
			.missedHeartbeatsLimit(settings.missedHeartbeats())
			.shutdownMaxWait(Duration.ofSeconds(10))
			.build();
	}

	@EventListener(ApplicationReadyEvent.class)
	void start(ApplicationReadyEvent ready) {
		ready.getApplicationContext().getBean(Scheduler.class).start();
	}

}
