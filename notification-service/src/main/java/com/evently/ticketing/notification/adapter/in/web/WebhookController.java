package com.evently.ticketing.notification.adapter.in.web;

import com.evently.ticketing.notification.adapter.in.web.WebhookResponses.CreatedSubscription;
import com.evently.ticketing.notification.adapter.in.web.WebhookResponses.Delivery;
import com.evently.ticketing.notification.adapter.in.web.WebhookResponses.SubscribeRequest;
import com.evently.ticketing.notification.adapter.in.web.WebhookResponses.Subscription;
import com.evently.ticketing.notification.adapter.in.web.WebhookResponses.Subscriptions;
import com.evently.ticketing.notification.application.webhook.ManagingWebhooks;
import com.evently.ticketing.notification.domain.webhook.WebhookSubscription;
import com.evently.ticketing.platform.security.AuthenticatedUser;
import com.evently.ticketing.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

/** Organizers' webhook subscriptions, their delivery log, redelivery and a test ping. */
@RestController
@RequestMapping("/api/v1/webhooks")
class WebhookController {

    private final ManagingWebhooks managingWebhooks;

    WebhookController(ManagingWebhooks managingWebhooks) {
        this.managingWebhooks = managingWebhooks;
    }

    @Operation(operationId = "subscribeWebhook", summary = "Subscribe to webhooks (the signing secret is shown once)")
    @ApiResponse(responseCode = "201", description = "Subscribed; `secret` appears in this answer only")
    @PostMapping
    ResponseEntity<CreatedSubscription> subscribe(@RequestBody SubscribeRequest request, AuthenticatedUser caller) {
        WebhookSubscription subscription = managingWebhooks.subscribe(caller.caller(), request.url(),
                request.eventTypes());
        return ResponseEntity.created(URI.create("/api/v1/webhooks/" + subscription.id()))
                .body(CreatedSubscription.of(subscription));
    }

    @Operation(operationId = "listWebhooks", summary = "List webhook subscriptions")
    @GetMapping
    Subscriptions list(AuthenticatedUser caller) {
        return new Subscriptions(managingWebhooks.list(caller.caller()).stream().map(Subscription::of).toList());
    }

    @Operation(operationId = "getWebhook", summary = "One webhook subscription")
    @GetMapping("/{id}")
    Subscription get(@PathVariable UUID id, AuthenticatedUser caller) {
        return Subscription.of(managingWebhooks.get(caller.caller(), id));
    }

    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook subscription")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id, AuthenticatedUser caller) {
        managingWebhooks.delete(caller.caller(), id);
    }

    @Operation(operationId = "enableWebhook", summary = "Enable a disabled webhook subscription again")
    @PostMapping("/{id}/enable")
    Subscription enable(@PathVariable UUID id, AuthenticatedUser caller) {
        return Subscription.of(managingWebhooks.enable(caller.caller(), id));
    }

    @Operation(operationId = "webhookDeliveries", summary = "Deliveries of a webhook subscription")
    @GetMapping("/{id}/deliveries")
    PageResponse<Delivery> deliveries(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "20") int size, AuthenticatedUser caller) {
        ManagingWebhooks.DeliveryPage deliveries = managingWebhooks.deliveries(caller.caller(), id, page, size);
        return PageResponse.of(deliveries.items().stream().map(Delivery::of).toList(), page, size,
                deliveries.total());
    }

    @Operation(operationId = "redeliverWebhook", summary = "Send a delivery again")
    @PostMapping("/{id}/deliveries/{deliveryId}/redeliver")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Delivery redeliver(@PathVariable UUID id, @PathVariable UUID deliveryId, AuthenticatedUser caller) {
        return Delivery.of(managingWebhooks.redeliver(caller.caller(), id, deliveryId));
    }

    @Operation(operationId = "pingWebhook", summary = "Send a test delivery")
    @PostMapping("/{id}/ping")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Delivery ping(@PathVariable UUID id, AuthenticatedUser caller) {
        return Delivery.of(managingWebhooks.ping(caller.caller(), id));
    }
}
