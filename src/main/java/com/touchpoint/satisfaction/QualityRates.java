package com.touchpoint.satisfaction;

import com.touchpoint.shared.Period;
import com.touchpoint.staff.OrgStructure;
import com.touchpoint.staff.OrgUnitDetails;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffRef;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

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

    /** Per team, from the daily rollups. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('QUALITY', 'ADMIN')")
    public List<ResponseRates> byTeam(YearMonth month) {
        Period period = Period.of(month);
        List<ResponseRates> rows = new ArrayList<>();
        for (OrgUnitDetails team : org.teams()) {
            List<Long> ids = directory.refsUnder(team.id()).stream().map(StaffRef::id).toList();
            long attempted = 0;
            long responded = 0;
            long timely = 0;
            for (RollupStore.Counts c : rollups.dayTotals(ids, period.from(), period.to()).values()) {
                attempted += c.attempted();
                responded += c.valid();
                timely += c.timely();
            }
            if (attempted > 0) {
                rows.add(new ResponseRates(team.name(), attempted, responded, timely));
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
