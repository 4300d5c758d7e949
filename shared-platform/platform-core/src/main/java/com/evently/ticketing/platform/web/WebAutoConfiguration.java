package com.evently.ticketing.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(WebLimits.class)
@Import({PlatformProblemHandler.class, RequestBodyLimit.class})
public class WebAutoConfiguration {

    /** Registered by Spring Boot with the JSON mapper that reads request bodies. */
    @Bean
    CanonicalUuids canonicalUuids() {
        return new CanonicalUuids();
    }
}
