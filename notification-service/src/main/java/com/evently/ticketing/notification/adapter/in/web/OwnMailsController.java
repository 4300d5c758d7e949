package com.evently.ticketing.notification.adapter.in.web;

import com.evently.ticketing.notification.application.ViewingDeliveryLog;
import com.evently.ticketing.notification.domain.LoggedMails;
import com.evently.ticketing.platform.security.AuthenticatedUser;
import com.evently.ticketing.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A user's own mails and whether they went out, newest first: the mails sent to their account's address. */
@RestController
@RequestMapping("/api/v1/notifications")
class OwnMailsController {

    private final ViewingDeliveryLog viewingDeliveryLog;

    OwnMailsController(ViewingDeliveryLog viewingDeliveryLog) {
        this.viewingDeliveryLog = viewingDeliveryLog;
    }

    @Operation(operationId = "ownMails", summary = "Mails sent to the caller")
    @GetMapping
    PageResponse<OwnMailResponse> ownMails(@RequestParam(defaultValue = "0") int page,
                                           @RequestParam(defaultValue = "20") int size,
                                           AuthenticatedUser caller) {
        LoggedMails mails = viewingDeliveryLog.ownMails(caller.email(), page, size);
        return PageResponse.of(mails.items().stream().map(OwnMailResponse::of).toList(), page, size, mails.total());
    }
}
