package com.touchpoint.layout;

import com.vaadin.flow.component.Component;

import java.util.Optional;

/**
 * Something a feature offers on the start page, where users land after signing in (such as today's mood
 * check-in). Features provide it as a Spring bean; the start page shows each card that is present, in bean order.
 */
public interface HomeCard {

    /** A new component for the signed-in user, or empty when there is nothing to offer them now. */
    Optional<Component> create();
}
