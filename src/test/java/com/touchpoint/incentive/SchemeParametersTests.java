package com.touchpoint.incentive;

import com.touchpoint.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

class SchemeParametersTests {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static InvalidInputException refusal(SchemeParameters p) {
        return (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(p::validate);
    }

    @Test
    void the_defaults_are_valid() {
        assertThatCode(() -> SchemeParameters.defaults(d("2000")).validate()).doesNotThrowAnyException();
    }

    @Test
    void a_floor_above_the_cap_is_refused_naming_the_floor() {
        var p = new SchemeParameters(d("2000"), 10, d("2"), d("1.3"), d("1.2"), d("0.5"), d("200"), d("100"), d("0.3"));
        assertThat(refusal(p).problems()).extracting(InvalidInputException.FieldProblem::field).containsExactly("floor");
        assertThat(refusal(p).messageKey()).isEqualTo("incentive.scheme.floor-above-cap");
    }

    @Test
    void negative_amounts_are_refused_naming_each_field() {
        var p = new SchemeParameters(d("-1"), 10, d("2"), d("0.8"), d("1.2"), d("-0.5"), d("200"), d("-100"), d("0.3"));
        assertThat(refusal(p).problems()).extracting(InvalidInputException.FieldProblem::field)
                .containsExactly("base", "kudosRate", "complaintAmount");
    }

    @Test
    void a_share_over_one_is_refused() {
        var p = new SchemeParameters(d("2000"), 10, d("2"), d("0.8"), d("1.2"), d("0.5"), d("200"), d("100"), d("1.01"));
        assertThat(refusal(p).problems()).extracting(InvalidInputException.FieldProblem::field)
                .containsExactly("complaintShare");
    }

    @Test
    void missing_values_and_too_many_decimals_are_refused() {
        var p = new SchemeParameters(null, null, d("2"), d("0.8"), d("1.2"), d("0.505"), d("200"), d("100"), d("0.3"));
        assertThat(refusal(p).problems()).extracting(InvalidInputException.FieldProblem::field)
                .containsExactly("base", "minSample", "kudosRate");
        assertThatThrownBy(p::validate).isInstanceOf(InvalidInputException.class);
    }
}
