package com.evently.ticketing.analytics.adapter.in.messaging;

import com.evently.ticketing.analytics.application.RebuildingProjection;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The start-up option {@code ticketing.analytics.rebuild-projection-on-start=true}
 * ({@code TICKETING_ANALYTICS_REBUILD_PROJECTION_ON_START}): rebuild once the service is up. Set it on one replica
 * for one start; others keep serving the old figures until the rebuild commits.
 */
@Component
@ConditionalOnBooleanProperty("ticketing.analytics.rebuild-projection-on-start")
class ProjectionRebuildOnStart implements ApplicationRunner {

    private final RebuildingProjection rebuildingProjection;

    ProjectionRebuildOnStart(RebuildingProjection rebuildingProjection) {
        this.rebuildingProjection = rebuildingProjection;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        rebuildingProjection.rebuild();
    }
}
