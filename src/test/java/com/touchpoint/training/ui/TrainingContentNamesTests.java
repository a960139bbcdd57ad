package com.touchpoint.training.ui;

import com.touchpoint.KaribuTest;
import com.touchpoint.training.TrainingModule;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The training content page names the items a module trains as the questionnaire does, not by their codes. */
class TrainingContentNamesTests extends KaribuTest {

    @SuppressWarnings("unchecked")
    private List<String> trainedItems() {
        UI.getCurrent().navigate(TrainingContentView.class);
        Grid<TrainingModule> modules = _get(Grid.class, spec -> spec.withId("content-modules"));
        return IntStream.range(0, _size(modules)).mapToObj(i -> _getFormattedRow(modules, i).get(5)).toList();
    }

    @Test
    void chinese_item_names_are_shown() {
        login("admin1");
        assertThat(trainedItems()).isNotEmpty().anySatisfy(items -> assertThat(items).contains("服务态度"))
                .noneMatch(items -> items.matches(".*[A-Z]{4,}.*"));
    }

    @Test
    void english_item_names_are_shown() {
        login("admin1", Locale.ENGLISH);
        assertThat(trainedItems()).anySatisfy(items -> assertThat(items).contains("Service attitude"))
                .noneMatch(items -> items.contains("ATTITUDE") || items.contains("RESOLUTION"));
    }
}
