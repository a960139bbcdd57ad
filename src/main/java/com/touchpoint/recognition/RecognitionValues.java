package com.touchpoint.recognition;

import com.touchpoint.audit.AuditLog;
import com.touchpoint.shared.InvalidInputException.FieldProblem;
import com.touchpoint.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The value tags kudos are given for: everyone reads them, admins maintain them (audited). */
@Service
public class RecognitionValues {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,29}");

    private final RecognitionValueRepository values;
    private final AuditLog audit;

    RecognitionValues(RecognitionValueRepository values, AuditLog audit) {
        this.values = values;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ValueTag> all() {
        return values.findAllByOrderBySortOrderAscCodeAsc().stream().map(RecognitionValue::tag).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ValueTag> active() {
        return all().stream().filter(ValueTag::active).toList();
    }

    /** Adds a tag or changes the names, order or active flag of an existing one; codes never change. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ValueTag save(ValueTag tag) {
        check(tag);
        RecognitionValue value = values.findById(tag.code()).orElseGet(() -> new RecognitionValue(tag.code()));
        ValueTag before = values.existsById(tag.code()) ? value.tag() : null;
        value.update(tag);
        values.save(value);
        audit.record("recognition.value.save", "RecognitionValue", tag.code(), before, tag);
        return value.tag();
    }

    private static void check(ValueTag tag) {
        List<FieldProblem> problems = new ArrayList<>();
        if (tag.code() == null || !CODE.matcher(tag.code()).matches()) {
            problems.add(new FieldProblem("code", "recognition.value.bad-code", String.valueOf(tag.code())));
        }
        if (tag.nameZh() == null || tag.nameZh().isBlank() || tag.nameZh().length() > 50) {
            problems.add(new FieldProblem("nameZh", "recognition.value.bad-name", 50));
        }
        if (tag.nameEn() == null || tag.nameEn().isBlank() || tag.nameEn().length() > 80) {
            problems.add(new FieldProblem("nameEn", "recognition.value.bad-name", 80));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
