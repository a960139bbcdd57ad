package com.touchpoint.member;

import com.touchpoint.recognition.KudosView;
import com.touchpoint.satisfaction.ItemDefinition;
import com.touchpoint.satisfaction.StaffIndicators;
import com.touchpoint.staff.StaffDetails;
import com.touchpoint.training.Assignment;
import com.touchpoint.training.AttemptSummary;

import java.util.List;

/** Everything the member page shows about one person for one month; {@code canAssign} when the viewer coaches them. */
public record MemberProfile(StaffDetails person, StaffIndicators scores, int minSample, List<ItemDefinition> items,
                            List<WeakItem> weakItems, List<Assignment> assignments, List<AttemptSummary> attempts,
                            List<KudosView> kudos, boolean canAssign) {
}
