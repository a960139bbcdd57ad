package com.touchpoint.satisfaction;

import com.touchpoint.shared.Period;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitDetails;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffName;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How well the callback desk works: response rate and 3-day timeliness by team and by callback agent. */
@Service
public class QualityRates {

    private final RollupStore rollups;
    private final StaffDirectory directory;
    private final OrgStructure org;
    private final JdbcTemplate jdbc;

    QualityRates(RollupStore rollups, StaffDirectory directory, OrgStructure org, JdbcTemplate jdbc) {
        this.rollups = rollups;
        this.directory = directory;
        this.org = org;
        this.jdbc = jdbc;
    }

    /** Per team (the staff's current team), from the rollups of everyone with callbacks in the month, at once. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('QUALITY', 'ADMIN')")
    public List<ResponseRates> byTeam(YearMonth month) {
        Period period = Period.of(month);
        Map<Long, RollupStore.Counts> byStaff = rollups.countsOfEveryone(period.from(), period.to());
        Map<Long, StaffName> names = directory.names(byStaff.keySet());
        Map<Long, RollupStore.Counts> byTeam = new HashMap<>();
        byStaff.forEach((staffId, counts) -> {
            StaffName name = names.get(staffId);
            if (name != null) {
                byTeam.merge(name.teamId(), counts, RollupStore.Counts::plus);
            }
        });
        List<ResponseRates> rows = new ArrayList<>();
        for (OrgUnitDetails team : org.teams()) {
            RollupStore.Counts c = byTeam.get(team.id());
            if (c != null && c.attempted() > 0) {
                rows.add(new ResponseRates(team.name(), c.attempted(), c.valid(), c.timely()));
            }
        }
        return rows;
    }

    /** Per callback agent, from the callbacks of the month; callbacks without an agent are grouped as "". */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('QUALITY', 'ADMIN')")
    public List<ResponseRates> byAgent(YearMonth month) {
        return jdbc.query("""
                select coalesce(callback_agent, ''), count(*), sum(case when valid then 1 else 0 end),
                    sum(case when timely then 1 else 0 end)
                from satisfaction_callback where service_date between ? and ?
                group by coalesce(callback_agent, '') order by 1
                """, (rs, i) -> new ResponseRates(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)),
                Date.valueOf(month.atDay(1)), Date.valueOf(month.atEndOfMonth()));
    }
}
