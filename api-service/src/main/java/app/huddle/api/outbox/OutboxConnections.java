package app.huddle.api.outbox;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The outbox publisher's own connections. On the requests' pool it waited behind every
 * request for a connection, so under load events went out seconds after their commit
 * (docs/performance-log.md). Same database, same settings as {@code spring.datasource.*}
 * (failover included), a pool of its own; not a default candidate, so everything else
 * still gets the requests' pool.
 */
@Configuration(proxyBeanMethods = false)
class OutboxConnections {

	static final String POOL = "outbox";

	@Bean(defaultCandidate = false)
	@Qualifier(POOL)
	HikariDataSource outboxDataSource(DataSource requests, Environment environment, OutboxSettings settings,
			MeterRegistry meters) {
		HikariDataSource pool = DataSourceBuilder.derivedFrom(requests).type(HikariDataSource.class).build();
		Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(pool));
		pool.setPoolName(POOL);
		pool.setMaximumPoolSize(settings.connections());
		pool.setMinimumIdle(1);
		pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(meters));
		return pool;
	}

	@Bean
	OutboxDatabase outboxDatabase(@Qualifier(POOL) HikariDataSource pool) {
		return OutboxDatabase.on(pool);
	}

}
