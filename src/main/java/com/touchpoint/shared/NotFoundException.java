package com.touchpoint.shared;

/** The thing asked for does not exist (HTTP 404). */
public class NotFoundException extends TouchpointException {
    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
