package com.touchpoint.recognition;

import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitDetails;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffName;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** How kudos are shown: names and team names looked up in bulk, and the branch a team belongs to. */
@Component
class KudosViews {

    private final StaffDirectory directory;
    private final OrgStructure org;

    KudosViews(StaffDirectory directory, OrgStructure org) {
        this.directory = directory;
        this.org = org;
    }

    KudosView view(Kudos k, Map<Long, StaffName> refs, Map<Long, String> teamNames) {
        StaffName receiver = refs.get(k.getReceiverId());
        String team = receiver == null ? "" : teamNames.getOrDefault(receiver.teamId(), receiver.teamCode());
        return new KudosView(k.getId(), k.getGiverId(), name(refs, k.getGiverId()), k.getReceiverId(),
                name(refs, k.getReceiverId()), team, k.getValueCode(), k.getMessage(), k.getPoints(), k.getGivenAt(),
                k.isHidden(), k.getHiddenBy(), k.getHiddenReason());
    }

    static String name(Map<Long, StaffName> refs, long staffId) {
        StaffName ref = refs.get(staffId);
        return ref == null ? "" : ref.name();
    }

    Map<Long, StaffName> refs(java.util.Collection<Long> ids) {
        return directory.names(ids);
    }

    Map<Long, String> teamNames() {
        Map<Long, String> names = new HashMap<>();
        org.teams().forEach(t -> names.put(t.id(), t.name()));
        return names;
    }

    Set<Long> branchesOf(Set<Long> teams) {
        Set<Long> branches = new LinkedHashSet<>();
        for (OrgUnitDetails team : org.teams()) {
            if (teams.contains(team.id())) {
                branches.add(branchOf(team.code()));
            }
        }
        return branches;
    }

    long branchOf(String teamCode) {
        OrgUnitDetails team = org.unit(teamCode).orElseThrow();
        return org.unit(team.parentCode()).map(OrgUnitDetails::id).orElse(team.id());
    }
}
