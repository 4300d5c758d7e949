package com.evently.ticketing.analytics.application;

/** Someone other than an admin asked to rebuild the projection. */
public class ProjectionRebuildNotPermitted extends RuntimeException {

    public ProjectionRebuildNotPermitted() {
        super("Rebuilding the projection is for admins only");
    }
}
