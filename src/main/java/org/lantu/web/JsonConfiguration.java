package org.lantu.web;

import org.lantu.plan.PlanJson;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The API writes JSON exactly as {@code lantu extract} does: one mapper for both. */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    @Bean
    JsonMapper jsonMapper() {
        return PlanJson.mapper();
    }
}
