package com.evently.ticketing.notification.application.port.in;

import java.util.List;

/**
 * Delivers a batch of queued mails whose time has come. Any number of callers may run it at once, in one
 * process or in several replicas: each mail is taken by one of them.
 */
public interface DeliverDueMails {

    /** The outcome of every mail this call took; empty when nothing was due. */
    List<DeliveryOutcome> deliverDue();
}
