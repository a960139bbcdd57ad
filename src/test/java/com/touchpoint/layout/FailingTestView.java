package com.touchpoint.layout;

import com.touchpoint.shared.TouchpointException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** A page that fails while opening, only on the test classpath: "refused" with a known refusal, else unexpectedly. */
@Route(value = "test/failure", layout = MainLayout.class)
@PermitAll
public class FailingTestView extends Div implements HasUrlParameter<String> {

    @Override
    public void setParameter(BeforeEvent event, String kind) {
        if ("refused".equals(kind)) {
            throw new TouchpointException("import.file.empty", "leer.xlsx");
        }
        throw new IllegalStateException("java.lang.NullPointerException: Cannot invoke \"Staff.getName()\"");
    }
}
