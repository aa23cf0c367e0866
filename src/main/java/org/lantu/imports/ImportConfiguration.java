package org.lantu.imports;

import org.lantu.ingest.IngestService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The ingestion façade as a bean: plain Java, shared by every import. */
@Configuration(proxyBeanMethods = false)
class ImportConfiguration {

    @Bean(destroyMethod = "close")
    IngestService ingestService() {
        return new IngestService();
    }
}
