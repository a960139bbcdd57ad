package com.touchpoint.shared;

/** The request clashes with what is already stored (HTTP 409). */
public class ConflictException extends TouchpointException {
    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
