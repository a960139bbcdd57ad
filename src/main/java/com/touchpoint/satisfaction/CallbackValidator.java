package com.touchpoint.satisfaction;

import com.touchpoint.shared.InvalidInputException.FieldProblem;
import com.touchpoint.staff.StaffRef;
import org.apache.commons.codec.digest.DigestUtils;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Checks one callback record against every rule of API.md and collects all its problems. */
final class CallbackValidator {

    static final int MAX_COMMENT = 2000;
    static final int MAX_AGENT = 50;
    static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}");

    private final Map<String, StaffRef> staff;
    private final Map<String, QuestionnaireDetails> questionnaires;
    private final LocalDate today;

    CallbackValidator(Map<String, StaffRef> staff, Map<String, QuestionnaireDetails> questionnaires, LocalDate today) {
        this.staff = staff;
        this.questionnaires = questionnaires;
        this.today = today;
    }

    /** Either the valid callback or the problems, never both. */
    record Outcome(ValidCallback callback, List<FieldProblem> problems) {
    }

    Outcome validate(CallbackRecord r) {
        List<FieldProblem> problems = new ArrayList<>();
        String externalId = text(r.externalId());
        if (externalId.isEmpty()) {
            problems.add(new FieldProblem("externalId", "validation.required", "externalId"));
        } else if (!EXTERNAL_ID.matcher(externalId).matches()) {
            problems.add(new FieldProblem("externalId", "callback.external-id.format", externalId));
        }
        StaffRef member = null;
        if (text(r.employeeNo()).isEmpty()) {
            problems.add(new FieldProblem("employeeNo", "validation.required", "employeeNo"));
        } else {
            member = staff.get(text(r.employeeNo()));
            if (member == null) {
                problems.add(new FieldProblem("employeeNo", "callback.employee.unknown", text(r.employeeNo())));
            }
        }
        LocalDate serviceDate = date(r.serviceDate(), "serviceDate", problems);
        LocalDate callbackDate = date(r.callbackDate(), "callbackDate", problems);
        if (serviceDate != null && callbackDate != null && callbackDate.isBefore(serviceDate)) {
            problems.add(new FieldProblem("callbackDate", "callback.callback-date.before-service", callbackDate, serviceDate));
        }
        if (callbackDate != null && callbackDate.isAfter(today)) {
            problems.add(new FieldProblem("callbackDate", "callback.callback-date.future", callbackDate, today));
        }
        ServiceType serviceType = constant(ServiceType.class, r.serviceType(), "serviceType", problems);
        Channel channel = constant(Channel.class, r.channel(), "channel", problems);
        CustomerSegment segment = constant(CustomerSegment.class, r.customerSegment(), "customerSegment", problems);
        CallbackStatus status = constant(CallbackStatus.class, r.status(), "status", problems);
        QuestionnaireDetails questionnaire = questionnaire(r.questionnaire(), problems);
        Map<ItemDefinition, Integer> answers = answers(r.answers(), questionnaire, status, problems);
        String comment = r.comment() == null || r.comment().isBlank() ? null : r.comment();
        if (comment != null && comment.length() > MAX_COMMENT) {
            problems.add(new FieldProblem("comment", "callback.comment.too-long", comment.length(), MAX_COMMENT));
        }
        String agent = r.callbackAgent() == null || r.callbackAgent().isBlank() ? null : r.callbackAgent().strip();
        if (agent != null && agent.length() > MAX_AGENT) {
            problems.add(new FieldProblem("callbackAgent", "validation.too-long", "callbackAgent", MAX_AGENT));
        }
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        boolean complaint = Boolean.TRUE.equals(r.complaint());
        return new Outcome(new ValidCallback(externalId, member.id(), questionnaire.id(), serviceDate, callbackDate,
                serviceType, channel, segment, status, answers, complaint, comment, agent,
                hash(r, externalId, member, questionnaire, answers, complaint, comment)), List.of());
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static LocalDate date(String value, String field, List<FieldProblem> problems) {
        if (text(value).isEmpty()) {
            problems.add(new FieldProblem(field, "validation.required", field));
            return null;
        }
        try {
            return LocalDate.parse(text(value));
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "callback.date.invalid", field, value));
            return null;
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value, String field, List<FieldProblem> problems) {
        if (text(value).isEmpty()) {
            problems.add(new FieldProblem(field, "validation.required", field));
            return null;
        }
        try {
            return Enum.valueOf(type, text(value));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "callback.value.unknown", field, value,
                    Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    private QuestionnaireDetails questionnaire(String code, List<FieldProblem> problems) {
        if (text(code).isEmpty()) {
            problems.add(new FieldProblem("questionnaire", "validation.required", "questionnaire"));
            return null;
        }
        QuestionnaireDetails found = questionnaires.get(text(code));
        if (found == null) {
            problems.add(new FieldProblem("questionnaire", "callback.questionnaire.unknown", code));
        }
        return found;
    }

    private static Map<ItemDefinition, Integer> answers(Map<String, Integer> given, QuestionnaireDetails questionnaire,
                                                        CallbackStatus status, List<FieldProblem> problems) {
        Map<ItemDefinition, Integer> answers = new LinkedHashMap<>();
        if (given == null || given.isEmpty()) {
            return answers;
        }
        if (status != null && status != CallbackStatus.COMPLETED) {
            problems.add(new FieldProblem("answers", "callback.answers.not-completed", status));
        }
        if (questionnaire == null) {
            return answers;
        }
        for (Map.Entry<String, Integer> answer : new TreeMap<>(given).entrySet()) {
            String field = "answers." + answer.getKey();
            Optional<ItemDefinition> item = questionnaire.item(answer.getKey());
            if (item.isEmpty()) {
                problems.add(new FieldProblem(field, "callback.item.unknown", answer.getKey(), questionnaire.code()));
            } else if (answer.getValue() == null || !item.get().scale().contains(answer.getValue())) {
                problems.add(new FieldProblem(field, "callback.answer.out-of-scale", answer.getKey(), answer.getValue(),
                        item.get().scale().min(), item.get().scale().max()));
            } else {
                answers.put(item.get(), answer.getValue());
            }
        }
        return answers;
    }

    /** A fingerprint of everything the record says, to tell an identical resend from a conflicting one. */
    private static String hash(CallbackRecord r, String externalId, StaffRef member, QuestionnaireDetails questionnaire,
                               Map<ItemDefinition, Integer> answers, boolean complaint, String comment) {
        var canonical = new StringBuilder();
        for (Object part : List.of(externalId, member.employeeNo(), text(r.serviceDate()), text(r.callbackDate()),
                text(r.serviceType()), text(r.channel()), text(r.customerSegment()), text(r.status()),
                questionnaire.code(), complaint)) {
            canonical.append(part).append('\u001f');
        }
        answers.forEach((item, value) -> canonical.append(item.code()).append('=').append(value).append(';'));
        canonical.append('\u001f').append(comment == null ? "" : comment);
        canonical.append('\u001f').append(text(r.callbackAgent()));
        return DigestUtils.sha256Hex(canonical.toString());
    }
}
