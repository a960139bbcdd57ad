package com.touchpoint.layout;

import com.touchpoint.shared.TouchpointException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs long work (imports, calculations, exports) off the request thread as the signed-in user,
 * polling so the page shows progress and stays responsive, and hands the outcome back to the UI.
 */
@Component
public class BackgroundWork {

    private static final int POLL_MILLIS = 500;

    private final TaskExecutor executor;

    public BackgroundWork(TaskExecutor executor) {
        this.executor = executor;
    }

    public <T> void run(Supplier<T> work, Consumer<T> done, Consumer<TouchpointException> refused) {
        UI ui = UI.getCurrent();
        SecurityContext user = SecurityContextHolder.getContext();
        ui.setPollInterval(POLL_MILLIS);
        executor.execute(() -> {
            SecurityContextHolder.setContext(user);
            try {
                T result = work.get();
                ui.access(() -> {
                    ui.setPollInterval(-1);
                    done.accept(result);
                });
            } catch (TouchpointException e) {
                ui.access(() -> {
                    ui.setPollInterval(-1);
                    refused.accept(e);
                });
            } catch (RuntimeException e) {
                try {
                    ui.access(() -> {
                        ui.setPollInterval(-1);
                        Notifications.error(UserErrors.notice(e, ui));
                    });
                } catch (UIDetachedException gone) {
                    // nobody to tell any more, but the failure is still logged
                    UserErrors.logUnexpected(e);
                }
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }
}
