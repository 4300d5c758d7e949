package com.evently.ticketing.identity.adapter.in.web;

import com.evently.ticketing.identity.application.port.in.ViewProfile;
import com.evently.ticketing.platform.security.AuthenticatedUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
class UserController {

    private final ViewProfile viewProfile;

    UserController(ViewProfile viewProfile) {
        this.viewProfile = viewProfile;
    }

    @GetMapping("/me")
    UserResponse me(AuthenticatedUser caller) {
        return UserResponse.of(viewProfile.profileOf(caller.id()));
    }
}
