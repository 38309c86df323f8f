package app.huddle.notifier.websocket;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/** The scheduler for STOMP heartbeats and the periodic session re-check. */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

	@Bean
	ThreadPoolTaskScheduler notifierScheduler() {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setPoolSize(2);
		scheduler.setThreadNamePrefix("notifier-scheduler-");
		scheduler.setRemoveOnCancelPolicy(true);
		return scheduler;
	}

}
