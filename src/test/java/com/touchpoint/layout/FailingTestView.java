package com.touchpoint.layout;

import com.touchpoint.shared.TouchpointException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A page that fails while opening, only on the test classpath: "refused" with a known refusal, "database" as when
 * no database connection can be had, "locked" by reading the staff member {@code ?employeeNo=} for update (which
 * waits for a lock a test holds), else unexpectedly.
 */
@Route(value = "test/failure", layout = MainLayout.class)
@PermitAll
public class FailingTestView extends Div implements HasUrlParameter<String> {

    private final JdbcTemplate jdbc;

    public FailingTestView(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void setParameter(BeforeEvent event, String kind) {
        if ("locked".equals(kind)) {
            String employeeNo = event.getLocation().getQueryParameters().getSingleParameter("employeeNo").orElseThrow();
            jdbc.queryForList("select id from staff_staff where employee_no = ? for update", employeeNo);
            return;
        }
        if ("refused".equals(kind)) {
            throw new TouchpointException("import.file.empty", "leer.xlsx");
        }
        if ("database".equals(kind)) {
            throw databaseUnreachable();
        }
        throw new IllegalStateException("java.lang.NullPointerException: Cannot invoke \"Staff.getName()\"");
    }

    /** What a service call fails with while the database is down, as the pool and Spring report it. */
    static RuntimeException databaseUnreachable() {
        return new org.springframework.transaction.CannotCreateTransactionException(
                "Could not open JPA EntityManager for transaction", new java.sql.SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 3000ms", "08000"));
    }
}
