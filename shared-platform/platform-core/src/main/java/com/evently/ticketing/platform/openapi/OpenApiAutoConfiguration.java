package com.evently.ticketing.platform.openapi;

import com.evently.ticketing.platform.security.AuthenticatedUser;
import com.evently.ticketing.platform.security.PublicEndpoints;
import com.evently.ticketing.platform.security.RoleRestrictedEndpoints;
import com.evently.ticketing.platform.security.ScopeRestrictedEndpoints;
import com.evently.ticketing.platform.web.ProblemCatalogue;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Every service's OpenAPI document, written once: see {@link PublicApiDocument}. A service names its title and
 * description ({@code ticketing.openapi.*}) and declares its {@link ProblemCatalogue}; its controllers add a
 * summary to each operation and the errors only they know.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(OpenApiCustomizer.class)
@EnableConfigurationProperties(OpenApiProperties.class)
public class OpenApiAutoConfiguration {

    static {
        // resolved from the token by the platform, never sent by the client as a parameter
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(AuthenticatedUser.class);
    }

    @Bean
    OpenApiCustomizer publicApiDocument(OpenApiProperties properties, ObjectProvider<ProblemCatalogue> problems,
                                        ObjectProvider<PublicEndpoints> publicEndpoints,
                                        ObjectProvider<RoleRestrictedEndpoints> roleRestricted,
                                        ObjectProvider<ScopeRestrictedEndpoints> scopeRestricted) {
        AccessRules access = new AccessRules(publicEndpoints.orderedStream().toList(),
                roleRestricted.orderedStream().toList(), scopeRestricted.orderedStream().toList());
        return new PublicApiDocument(properties, problems.getIfAvailable(ProblemCatalogue::of), access);
    }

    @Bean
    SchemaNameCollisionGuard schemaNameCollisionGuard() {
        return new SchemaNameCollisionGuard();
    }

    @Bean
    OperationTags operationTags() {
        return new OperationTags();
    }
}
