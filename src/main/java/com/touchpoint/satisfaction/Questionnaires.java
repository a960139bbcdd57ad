package com.touchpoint.satisfaction;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Questionnaire versions; the current one defines the items and weights the indicators use. */
@Service
public class Questionnaires {

    private final QuestionnaireRepository questionnaires;

    Questionnaires(QuestionnaireRepository questionnaires) {
        this.questionnaires = questionnaires;
    }

    @Transactional(readOnly = true)
    public List<QuestionnaireDetails> all() {
        return questionnaires.findAllWithItems().stream().map(Questionnaires::details)
                .sorted(Comparator.comparing(QuestionnaireDetails::code)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<QuestionnaireDetails> byCode(String code) {
        return all().stream().filter(q -> q.code().equals(code)).findFirst();
    }

    @Transactional(readOnly = true)
    public QuestionnaireDetails current() {
        return all().stream().filter(QuestionnaireDetails::current).findFirst()
                .orElseThrow(() -> new IllegalStateException("No current questionnaire version"));
    }

    private static QuestionnaireDetails details(Questionnaire q) {
        return new QuestionnaireDetails(q.getId(), q.getCode(), q.getNameZh(), q.getNameEn(), q.isCurrentVersion(),
                q.getItems().stream().map(QuestionnaireItem::definition).toList());
    }
}
