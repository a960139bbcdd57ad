package com.touchpoint.layout;

import com.vaadin.flow.component.Component;

/**
 * Something a feature shows in the header of every signed-in page, such as the notification bell. Each such
 * bean makes a new component for every page frame, so the layout shows it without depending on the feature.
 */
public interface HeaderItem {

    Component create();
}
