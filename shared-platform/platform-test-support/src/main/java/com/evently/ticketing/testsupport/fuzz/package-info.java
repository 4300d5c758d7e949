/**
 * Property-based input fuzzing with jqwik, written once for every service: {@link
 * com.evently.ticketing.testsupport.fuzz.InvalidBodies} turns a valid request body into bodies that must be
 * refused, {@link com.evently.ticketing.testsupport.fuzz.RejectedInput} checks the refusal (400 or 415
 * problem+json) and that no table of the service's schema changed ({@link
 * com.evently.ticketing.testsupport.fuzz.TableCounts}), and {@link
 * com.evently.ticketing.testsupport.fuzz.SpringTestContextHook} runs the properties against the service's
 * running test application.
 */
package com.evently.ticketing.testsupport.fuzz;
