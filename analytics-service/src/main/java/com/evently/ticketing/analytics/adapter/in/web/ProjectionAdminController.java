package com.evently.ticketing.analytics.adapter.in.web;

import com.evently.ticketing.analytics.application.RebuildingProjection;
import com.evently.ticketing.platform.security.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/analytics/admin/projection/rebuild}: replays the topics into a fresh projection and swaps it
 * in before answering (admins only, which the use case decides). Synchronous: the caller learns it is done.
 */
@RestController
class ProjectionAdminController {

    private final RebuildingProjection rebuildingProjection;

    ProjectionAdminController(RebuildingProjection rebuildingProjection) {
        this.rebuildingProjection = rebuildingProjection;
    }

    @Operation(operationId = "rebuildProjection", summary = "Rebuild the analytics projection from the topics")
    @PostMapping("/api/v1/analytics/admin/projection/rebuild")
    RebuildResponse rebuild(AuthenticatedUser user) {
        return new RebuildResponse(rebuildingProjection.rebuild(user.caller()));
    }

    /** @param eventsApplied the retained events applied again */
    record RebuildResponse(long eventsApplied) {
    }
}
