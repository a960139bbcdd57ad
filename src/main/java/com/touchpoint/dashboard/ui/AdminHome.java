package com.touchpoint.dashboard.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;

/** The admin home. */
@SpringComponent
@Scope("prototype")
class AdminHome extends VerticalLayout {

    AdminHome() {
        addClassName("admin-home");
        setPadding(false);
    }
}
