package com.touchpoint.incentive;

import com.touchpoint.incentive.internal.SheetWriter;
import com.touchpoint.shared.NotFoundException;
import com.touchpoint.staff.OrgStructure;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The HR sheet of a month (INCENTIVES.md), for HR in the UI and payroll through a token with incentives:export. */
@Service
public class IncentiveSheets {

    private final StatementRepository statements;
    private final MonthRepository months;
    private final IncentiveSchemes schemes;
    private final OrgStructure org;
    private final MessageSource messages;

    IncentiveSheets(StatementRepository statements, MonthRepository months, IncentiveSchemes schemes, OrgStructure org,
                    MessageSource messages) {
        this.statements = statements;
        this.months = months;
        this.schemes = schemes;
        this.org = org;
        this.messages = messages;
    }

    /** What a sheet needs, read under the caller's access check; written to a stream afterwards. */
    public record Prepared(YearMonth month, List<Statement> statements, List<SchemeVersion> schemes,
                           SheetWriter.Labels labels, String monthLabel) {

        public String fileName() {
            return "incentives-" + month + ".xlsx";
        }

        public void writeTo(OutputStream out) throws IOException {
            new SheetWriter(labels).write(statements, schemes, monthLabel, out);
        }
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canExportIncentives()")
    public Prepared prepare(YearMonth month, Locale locale) {
        IncentiveMonth state = months.findById(month.toString()).filter(m -> m.view().calculatedAt() != null)
                .orElseThrow(() -> new NotFoundException("incentive.month.not-calculated", month));
        List<Statement> rows = statements.ofMonth(month.toString()).stream().map(IncentiveStatement::view).toList();
        Set<Long> used = new LinkedHashSet<>();
        rows.forEach(s -> used.add(s.schemeId()));
        List<SchemeVersion> versions = used.stream().sorted().map(id -> schemes.byId(id).orElseThrow().view(true))
                .toList();
        Map<String, String> posts = new HashMap<>();
        org.posts().forEach(p -> posts.put(p.code(), p.name(locale)));
        SheetWriter.Labels labels = new SheetWriter.Labels() {
            @Override
            public String text(String key) {
                return messages.getMessage(key, null, locale);
            }

            @Override
            public String postName(String postCode) {
                return posts.getOrDefault(postCode, postCode);
            }
        };
        String monthLabel = month + " · " + messages.getMessage(state.getStatus().messageKey(), null, locale);
        return new Prepared(month, rows, versions, labels, monthLabel);
    }
}
