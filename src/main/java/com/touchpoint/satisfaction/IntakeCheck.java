package com.touchpoint.satisfaction;

import java.util.List;

/**
 * What storing a delivery would do, found without storing it: how many records are new, which ones (by position)
 * are identical resends and would be skipped, and which would be refused with every reason.
 */
public record IntakeCheck(int accepted, List<Integer> duplicates, List<IntakeResult.Rejected> rejected) {
}
