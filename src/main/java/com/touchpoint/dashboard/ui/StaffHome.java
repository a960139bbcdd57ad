package com.touchpoint.dashboard.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;

/** The staff home. */
@SpringComponent
@Scope("prototype")
class StaffHome extends VerticalLayout {

    StaffHome() {
        addClassName("staff-home");
        setPadding(false);
    }
}
