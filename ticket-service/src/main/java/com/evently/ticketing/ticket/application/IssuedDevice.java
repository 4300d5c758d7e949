package com.evently.ticketing.ticket.application;

import com.evently.ticketing.ticket.domain.CheckInDevice;
import com.evently.ticketing.ticket.domain.DeviceToken;

/** A device just created, with its secret: the one time the secret is shown. */
public record IssuedDevice(CheckInDevice device, DeviceToken token) {
}
