package com.touchpoint.member;

import com.touchpoint.recognition.RecognitionFeeds;
import com.touchpoint.satisfaction.IndicatorService;
import com.touchpoint.satisfaction.ItemDefinition;
import com.touchpoint.satisfaction.ItemIndicator;
import com.touchpoint.satisfaction.StaffIndicators;
import com.touchpoint.shared.NotFoundException;
import com.touchpoint.shared.Period;
import com.touchpoint.staff.AccessPolicy;
import com.touchpoint.staff.StaffDetails;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.training.TrainingAssignments;
import com.touchpoint.training.TrainingAttempts;
import com.touchpoint.training.TrainingCatalog;
import com.touchpoint.training.TrainingModule;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A member's page for those who coach or oversee them: the person's supervisors, and QUALITY/HR/ADMIN as
 * they may see everyone. Staff members are refused, their own page included (they have My scores and My
 * training); so is the supervisor of another team.
 */
@Service
public class MemberProfiles {

    private final StaffDirectory directory;
    private final IndicatorService indicators;
    private final TrainingAssignments assignments;
    private final TrainingAttempts attempts;
    private final TrainingCatalog catalog;
    private final RecognitionFeeds recognition;
    private final AccessPolicy access;

    MemberProfiles(StaffDirectory directory, IndicatorService indicators, TrainingAssignments assignments,
                   TrainingAttempts attempts, TrainingCatalog catalog, RecognitionFeeds recognition, AccessPolicy access) {
        this.directory = directory;
        this.indicators = indicators;
        this.assignments = assignments;
        this.attempts = attempts;
        this.catalog = catalog;
        this.recognition = recognition;
        this.access = access;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'QUALITY', 'HR', 'ADMIN') and @access.canSeeStaff(#staffId)")
    public MemberProfile profile(long staffId, YearMonth month) {
        StaffDetails person = directory.find(staffId).orElseThrow(() -> new NotFoundException("member.not-found", staffId));
        StaffIndicators scores = indicators.forStaff(staffId, Period.of(month));
        List<ItemDefinition> items = indicators.items();
        return new MemberProfile(person, scores, indicators.minSample(), items, weakItems(scores, items),
                assignments.ofStaff(staffId), attempts.history(staffId), recognition.received(staffId, month),
                access.canCoachStaff(staffId));
    }

    private List<WeakItem> weakItems(StaffIndicators scores, List<ItemDefinition> items) {
        Map<String, ItemIndicator> figures = scores.items().stream()
                .collect(Collectors.toMap(ItemIndicator::code, Function.identity()));
        Map<String, ItemDefinition> definitions = items.stream()
                .collect(Collectors.toMap(ItemDefinition::code, Function.identity()));
        List<WeakItem> weak = new ArrayList<>();
        for (String code : scores.weakItems()) {
            ItemIndicator figure = figures.get(code);
            ItemDefinition item = definitions.get(code);
            if (figure == null || figure.mean() == null || item == null) {
                continue;
            }
            double gap = figure.target() - figure.mean();
            double weight = item.weight() == null ? 0 : item.weight();
            weak.add(new WeakItem(item, figure.mean(), figure.target(), gap, weight * gap,
                    modulesTraining(code, scores.postCode())));
        }
        return weak;
    }

    private List<TrainingModule> modulesTraining(String itemCode, String postCode) {
        return catalog.modules().stream().filter(m -> m.trains().contains(itemCode))
                .sorted(Comparator.comparing((TrainingModule m) -> !m.suits(postCode)).thenComparing(TrainingModule::id))
                .toList();
    }
}
