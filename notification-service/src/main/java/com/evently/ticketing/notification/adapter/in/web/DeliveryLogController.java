package com.evently.ticketing.notification.adapter.in.web;

import com.evently.ticketing.notification.application.ResendingMail;
import com.evently.ticketing.notification.application.ViewingDeliveryLog;
import com.evently.ticketing.notification.domain.DeliveryLogQuery;
import com.evently.ticketing.notification.domain.LoggedMails;
import com.evently.ticketing.notification.domain.MailKind;
import com.evently.ticketing.notification.domain.MailStatus;
import com.evently.ticketing.platform.security.AuthenticatedUser;
import com.evently.ticketing.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The delivery log for administrators: every mail with its attempts and last error, and sending one again. */
@RestController
@RequestMapping("/api/v1/admin/notifications")
class DeliveryLogController {

    private final ViewingDeliveryLog viewingDeliveryLog;
    private final ResendingMail resendingMail;

    DeliveryLogController(ViewingDeliveryLog viewingDeliveryLog, ResendingMail resendingMail) {
        this.viewingDeliveryLog = viewingDeliveryLog;
        this.resendingMail = resendingMail;
    }

    @Operation(operationId = "deliveryLog", summary = "Search the mail delivery log")
    @GetMapping
    PageResponse<LoggedMailResponse> search(
            @RequestParam(required = false) String recipient,
            @RequestParam(required = false) MailKind kind,
            @RequestParam(required = false) MailStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            AuthenticatedUser caller) {
        DeliveryLogQuery query = new DeliveryLogQuery(recipient, kind, status,
                from == null ? null : from.toInstant(), to == null ? null : to.toInstant(), page, size);
        LoggedMails mails = viewingDeliveryLog.search(caller.caller(), query);
        return PageResponse.of(mails.items().stream().map(LoggedMailResponse::of).toList(), page, size, mails.total());
    }

    @Operation(operationId = "resendMail", summary = "Send a mail again")
    @PostMapping("/{mailId}/resend")
    LoggedMailResponse resend(@PathVariable UUID mailId, AuthenticatedUser caller) {
        return LoggedMailResponse.of(resendingMail.resend(caller.caller(), mailId));
    }
}
