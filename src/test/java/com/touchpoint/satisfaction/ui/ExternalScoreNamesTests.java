package com.touchpoint.satisfaction.ui;

import com.touchpoint.KaribuTest;
import com.touchpoint.satisfaction.ExternalScore;
import com.touchpoint.satisfaction.ExternalSurveys;
import com.touchpoint.staff.TestAccess;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Recorded external survey scores are listed by the unit's and the item's names, not by their codes. */
class ExternalScoreNamesTests extends KaribuTest {

    @Autowired
    ExternalSurveys external;

    @Test
    @SuppressWarnings("unchecked")
    void external_scores_name_their_unit_and_item() {
        TestAccess.asAdmin(() -> {
            external.record(new ExternalScore("2019Q1", "BR-WEST", "ATTITUDE", new BigDecimal("81.5")));
            return null;
        });
        login("quality1");
        UI.getCurrent().navigate("quality/questionnaire");
        Grid<ExternalScore> scores = _get(Grid.class, spec -> spec.withId("external-scores"));
        List<List<String>> rows = IntStream.range(0, _size(scores)).mapToObj(i -> _getFormattedRow(scores, i))
                .filter(row -> row.get(0).equals("2019Q1")).toList();
        assertThat(rows).singleElement().satisfies(row -> assertThat(row).contains("西城分公司", "服务态度")
                .doesNotContain("BR-WEST", "ATTITUDE"));
    }
}
