package org.lantu.store.internal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.lantu.store.StoreProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The DataSource: an external PostgreSQL when {@code lantu.store.database-url} is set, else embedded. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StoreProperties.class)
class StoreConfiguration {

    /**
     * The embedded server, if Lantu runs its own: started by {@link EmbeddedStoreStarter} before the
     * context refreshes, so that PostgreSQL boots while Spring builds everything else.
     */
    @Bean(destroyMethod = "close")
    EmbeddedServerHolder embeddedServer(StoreProperties properties) {
        if (properties.databaseUrl() != null && !properties.databaseUrl().isBlank()) {
            return new EmbeddedServerHolder(null);
        }
        CompletableFuture<EmbeddedPostgresServer> started = EmbeddedStoreStarter.take(properties.dataDirOrDefault());
        return new EmbeddedServerHolder(started.join());
    }

    /**
     * The pool (Hikari), configured by {@code spring.datasource.hikari.*} (sizes and timeouts in {@code
     * application.properties}, with the reasons); a database that is down is told by {@link DatabaseProbe},
     * not by the pool's wait, and the pool reconnects by itself once it is back.
     */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(StoreProperties properties, EmbeddedServerHolder embedded) {
        DataSourceBuilder<?> builder = DataSourceBuilder.create();
        if (embedded.server() != null) {
            builder.url(embedded.server().jdbcUrl()).username(embedded.server().user());
        } else {
            builder.url(properties.databaseUrl())
                    .username(properties.databaseUser())
                    .password(properties.databasePassword());
        }
        return builder.build();
    }

    /** Whether the database answers, by a connection of its own ({@link DatabaseProbe}). */
    @Bean(destroyMethod = "close")
    DatabaseProbe databaseHealth(DataSource dataSource, Environment environment) {
        return new DatabaseProbe(
                dataSource,
                environment.getProperty("lantu.store.probe-interval", Duration.class, Duration.ofSeconds(2)));
    }
}
