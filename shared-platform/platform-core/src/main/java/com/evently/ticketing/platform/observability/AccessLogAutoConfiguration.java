package com.evently.ticketing.platform.observability;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/** The access log of a servlet service: one {@link AccessLogFilter} around everything but the server observation. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class AccessLogAutoConfiguration {

    /**
     * Right inside Boot's server observation filter ({@code HIGHEST_PRECEDENCE + 1}), whose span is then current,
     * and outside Spring Security, so that its refusals are logged too.
     */
    static final int ACCESS_LOG_ORDER = Ordered.HIGHEST_PRECEDENCE + 2;

    @Bean
    FilterRegistrationBean<AccessLogFilter> accessLogFilter() {
        FilterRegistrationBean<AccessLogFilter> registration = new FilterRegistrationBean<>(new AccessLogFilter());
        registration.setOrder(ACCESS_LOG_ORDER);
        return registration;
    }
}
