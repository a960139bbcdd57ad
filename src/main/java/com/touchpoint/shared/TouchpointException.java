package com.touchpoint.shared;

import java.util.Arrays;

/**
 * A refusal that a user or an integrating system must understand. It carries a message key and
 * arguments rather than text, so the UI shows it in the user's language and the API in English.
 */
public class TouchpointException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public TouchpointException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
