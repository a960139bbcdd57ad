package com.touchpoint.layout;

import com.touchpoint.KaribuTest;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.TestAccess;
import com.touchpoint.training.TrainingAttempts;
import com.touchpoint.training.TrainingCatalog;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders every view for every demo role that may open it, in Chinese and English, and reads all of its text
 * (labels, placeholders, helper texts, grid headers and the first grid rows included) for raw message patterns,
 * missing keys and exception names.
 */
class EveryViewTextTests extends KaribuTest {

    private static final List<String> ROLES = List.of("admin1", "hr1", "quality1", "supervisor1", "staff1");
    private static final Pattern MISSING_KEY = Pattern.compile("![a-z][a-z0-9-]*\\.[a-z0-9.-]+");

    @Autowired
    StaffDirectory directory;
    @Autowired
    TrainingAttempts attempts;
    @Autowired
    TrainingCatalog catalog;
    @Autowired
    com.touchpoint.coaching.CoachingSessions coaching;

    @Test
    void no_view_shows_a_raw_pattern_a_missing_key_or_an_exception_in_either_language() {
        long staff1 = TestAccess.asAdmin(() -> directory.byEmployeeNo("E10004")).id();
        long attempt = TestAccess.as("staff1", () -> attempts.history(staff1), "ROLE_STAFF").get(0).id();
        String module = TestAccess.asAdmin(() -> catalog.modules()).get(0).id();
        long session = TestAccess.as("staff1", () -> coaching.mine(), "ROLE_STAFF").get(0).id();
        Set<Class<? extends Component>> rendered = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        List<Class<? extends Component>> views = routeClasses().stream()
                .filter(v -> v != FailingTestView.class).toList();
        for (String role : ROLES) {
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                login(role, locale);
                for (Class<? extends Component> view : views) {
                    String path = path(view, staff1, attempt, module, session);
                    try {
                        UI.getCurrent().navigate(path);
                    } catch (NotFoundException refused) {
                        continue;
                    }
                    if (_find(view).isEmpty()) {
                        continue;
                    }
                    rendered.add(view);
                    String text = textOf(UI.getCurrent());
                    for (String bad : List.of("{0", "{1", "!{", "Exception", "There was an exception")) {
                        if (text.contains(bad)) {
                            problems.add(role + " " + locale + " /" + path + ": '" + bad + "' in " + around(text, bad));
                        }
                    }
                    var missing = MISSING_KEY.matcher(text);
                    if (missing.find()) {
                        problems.add(role + " " + locale + " /" + path + ": missing key " + missing.group());
                    }
                }
                com.github.mvysny.kaributesting.v10.MockVaadin.tearDown();
            }
        }
        assertThat(problems).isEmpty();
        assertThat(rendered).as("every view rendered for some role").containsExactlyInAnyOrderElementsOf(views);
    }

    private static String path(Class<? extends Component> view, long staffId, long attemptId, String moduleId,
                               long sessionId) {
        String route = view.getAnnotation(Route.class).value();
        return switch (route) {
            case "training/attempt" -> route + "/" + attemptId;
            case "scores", "recognition/received", "member" -> route + "/" + staffId;
            case "training/play/:moduleId" -> "training/play/" + moduleId;
            case "coaching/session" -> route + "/" + sessionId;
            default -> route;
        };
    }

    private static String around(String text, String bad) {
        int at = text.indexOf(bad);
        return "…" + text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60)) + "…";
    }

    /**
     * The own text, properties and attributes of every component in the UI, plus grid headers and the first rows.
     * Components rather than the element tree: the views hang below a virtual child of the UI.
     */
    private static String textOf(UI ui) {
        StringBuilder text = new StringBuilder();
        for (Component component : _find(Component.class)) {
            Element element = component.getElement();
            element.getChildren().filter(Element::isTextNode).forEach(t -> text.append(t.getText()).append('\n'));
            element.getPropertyNames().forEach(p -> text.append(element.getProperty(p, "")).append('\n'));
            element.getAttributeNames().forEach(a -> text.append(element.getAttribute(a)).append('\n'));
        }
        for (Grid<?> grid : _find(Grid.class)) {
            grid.getColumns().forEach(c -> text.append(c.getHeaderText()).append('\n'));
            for (int row = 0; row < Math.min(5, _size(grid)); row++) {
                text.append(String.join(" | ", _getFormattedRow(grid, row))).append('\n');
            }
        }
        return text.toString();
    }
}
