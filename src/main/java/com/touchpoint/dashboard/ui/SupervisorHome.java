package com.touchpoint.dashboard.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;

/** The supervisor home. */
@SpringComponent
@Scope("prototype")
class SupervisorHome extends VerticalLayout {

    SupervisorHome() {
        addClassName("supervisor-home");
        setPadding(false);
    }
}
