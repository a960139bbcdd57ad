package com.touchpoint.satisfaction;

/** Published inside the transaction that created a questionnaire version; the weights of indicators change. */
record QuestionnaireVersionCreated(String code) {
}
