package com.touchpoint.shared;

/** A value with a name in the message bundles; shown translated wherever it is a message argument. */
public interface Translatable {

    String messageKey();
}
