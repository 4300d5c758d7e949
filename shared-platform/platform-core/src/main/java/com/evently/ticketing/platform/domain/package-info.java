/**
 * Plain-Java types that every service's domain and application layers may use: nothing here depends on
 * anything but the JDK.
 */
package com.evently.ticketing.platform.domain;
