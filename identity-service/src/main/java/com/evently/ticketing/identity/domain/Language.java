package com.evently.ticketing.identity.domain;

import com.evently.ticketing.platform.domain.InvalidInput;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The language a user reads their mails in, as an ISO 639-1 code. Only languages the mails are written in can be
 * chosen; everyone starts with English.
 */
public enum Language {
    ENGLISH("en"),
    GERMAN("de");

    public static final Language DEFAULT = ENGLISH;
    /** The codes a request may name, for bean validation (kept equal to the constants' codes by a test). */
    public static final String CODES_PATTERN = "en|de";
    public static final String UNKNOWN_CODE_MESSAGE = "must be one of: en, de";

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The language coded {@code code}, exactly as written (lower case). */
    public static Language ofCode(String code) {
        return Arrays.stream(values()).filter(language -> language.code.equals(code)).findFirst()
                .orElseThrow(() -> new InvalidInput("unknown language '" + code + "'; known languages are "
                        + Arrays.stream(values()).map(Language::code).collect(Collectors.joining(", "))));
    }
}
