package com.touchpoint.recognition;

import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Flags for supervisors: a giver whose points went mostly to one colleague two months running, and pairs who
 * mostly give their points to each other. "Mostly" is a share above {@code touchpoint.recognition.concentration-share}
 * of at least {@code concentration-min-points} given.
 */
@Service
public class ConcentrationFlags {

    private final KudosRepository kudos;
    private final StaffDirectory directory;
    private final RecognitionProperties rules;

    ConcentrationFlags(KudosRepository kudos, StaffDirectory directory, RecognitionProperties rules) {
        this.kudos = kudos;
        this.directory = directory;
        this.rules = rules;
    }

    /** Flags touching the team's members for a month (and the month before, for concentrated givers). */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canSeeTeam(#teamId)")
    public List<ConcentrationFlag> ofTeam(long teamId, YearMonth month) {
        Set<Long> members = directory.teamRefs(teamId).stream().map(StaffRef::id).collect(Collectors.toSet());
        Map<String, Map<Long, Map<Long, Integer>>> given = new HashMap<>();
        kudos.visibleIn(List.of(month.toString(), month.minusMonths(1).toString())).forEach(k -> given
                .computeIfAbsent(k.getMonth(), m -> new HashMap<>())
                .computeIfAbsent(k.getGiverId(), g -> new HashMap<>())
                .merge(k.getReceiverId(), k.getPoints(), Integer::sum));
        List<ConcentrationFlag> flags = new ArrayList<>();
        Map<Long, Map<Long, Integer>> now = given.getOrDefault(month.toString(), Map.of());
        Map<Long, Map<Long, Integer>> before = given.getOrDefault(month.minusMonths(1).toString(), Map.of());
        for (long giver : members) {
            Long favourite = favourite(now.get(giver));
            if (favourite != null && favourite.equals(favourite(before.get(giver)))) {
                flags.add(flag(ConcentrationFlag.Kind.CONCENTRATED_GIVER, giver, favourite,
                        List.of(month.minusMonths(1).toString(), month.toString()),
                        List.of(share(before.get(giver), favourite), share(now.get(giver), favourite))));
            }
        }
        now.forEach((a, toA) -> toA.keySet().forEach(b -> {
            if (a < b && (members.contains(a) || members.contains(b)) && favourite(toA) != null
                    && favourite(toA).equals(b) && a.equals(favourite(now.get(b)))) {
                flags.add(flag(ConcentrationFlag.Kind.RECIPROCAL_PAIR, a, b, List.of(month.toString()),
                        List.of(share(toA, b), share(now.get(b), a))));
            }
        }));
        return flags;
    }

    /** The colleague who got more than the threshold share of a giver's points, if any. */
    private Long favourite(Map<Long, Integer> givenTo) {
        if (givenTo == null) {
            return null;
        }
        int total = givenTo.values().stream().mapToInt(Integer::intValue).sum();
        if (total < rules.concentrationMinPoints()) {
            return null;
        }
        return givenTo.entrySet().stream()
                .filter(e -> e.getValue() > total * rules.concentrationShare())
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private static int share(Map<Long, Integer> givenTo, long receiver) {
        int total = givenTo.values().stream().mapToInt(Integer::intValue).sum();
        return (int) Math.round(100.0 * givenTo.getOrDefault(receiver, 0) / total);
    }

    private ConcentrationFlag flag(ConcentrationFlag.Kind kind, long first, long second, List<String> months,
                                   List<Integer> shares) {
        return new ConcentrationFlag(kind, first, name(first), second, name(second), months, shares);
    }

    private String name(long staffId) {
        var name = directory.names(List.of(staffId)).get(staffId);
        return name == null ? "" : name.name();
    }
}
