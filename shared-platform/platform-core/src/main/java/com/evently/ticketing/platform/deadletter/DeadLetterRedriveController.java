package com.evently.ticketing.platform.deadletter;

import com.evently.ticketing.platform.security.AuthenticatedUser;
import com.evently.ticketing.platform.web.PlatformProblem;
import com.evently.ticketing.platform.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/admin/dead-letters/{topic}/redrive}: puts the records dead-lettered from {@code topic} back on
 * it (see {@link DeadLetterRedrive}) and answers how many. ADMIN only; 404 for a topic this service does not
 * handle, 409 while a redrive of it runs, 503 when Kafka does not answer (nothing was committed, call again).
 */
@RestController
public class DeadLetterRedriveController {

    /** The answer to a redrive that ran. */
    public record RedriveResponse(String topic, String deadLetterTopic, int republished, long remaining) {
    }

    private final DeadLetterRedrive redrive;

    public DeadLetterRedriveController(DeadLetterRedrive redrive) {
        this.redrive = redrive;
    }

    @Operation(operationId = "redriveDeadLetters", summary = "Put a topic's dead-lettered events back")
    @PostMapping("/api/v1/admin/dead-letters/{topic}/redrive")
    public ResponseEntity<?> redrive(@PathVariable String topic, AuthenticatedUser caller) {
        // the security rules already demand ADMIN here; the endpoint does not rely on the path rule alone
        if (!caller.isAdmin()) {
            throw new AccessDeniedException("Only an administrator may redrive dead letters");
        }
        return switch (redrive.redrive(topic)) {
            case DeadLetterRedrive.Redriven done -> ResponseEntity.ok(new RedriveResponse(done.topic(),
                    done.deadLetterTopic(), done.republished(), done.remaining()));
            case DeadLetterRedrive.UnknownTopic unknown -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .body(Problems.of(PlatformProblem.NOT_FOUND, "This service handles no dead letters of that topic."));
            case DeadLetterRedrive.AlreadyRunning running -> ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(Problems.of(PlatformProblem.REDRIVE_RUNNING,
                            "A redrive of this topic is running; call again when it has finished."));
            case DeadLetterRedrive.BrokerUnavailable unavailable -> ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, "30")
                    .body(Problems.of(PlatformProblem.TEMPORARILY_UNAVAILABLE,
                            "Kafka did not answer in time; nothing was marked redriven. Call again shortly."));
        };
    }
}
