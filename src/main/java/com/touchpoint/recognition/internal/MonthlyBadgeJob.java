package com.touchpoint.recognition.internal;

import com.touchpoint.recognition.Badge;
import com.touchpoint.recognition.Badges;
import com.touchpoint.shared.OperatorTime;
import com.touchpoint.shared.SystemActor;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

import java.time.YearMonth;
import java.util.List;

/** On the 3rd, when late callbacks of the previous month are in: award that month's badges (once). */
@DisallowConcurrentExecution
class MonthlyBadgeJob extends QuartzJobBean {

    private static final Logger log = LoggerFactory.getLogger(MonthlyBadgeJob.class);

    private final Badges badges;
    private final OperatorTime operatorTime;

    MonthlyBadgeJob(Badges badges, OperatorTime operatorTime) {
        this.badges = badges;
        this.operatorTime = operatorTime;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        YearMonth month = operatorTime.currentMonth().minusMonths(1);
        SystemActor.run("monthly-badges", () -> {
            List<Badge> awarded = badges.award(month);
            log.info("Badges for {}: {} awarded{}", month, awarded.size(), awarded.isEmpty() ? " (already done)" : "");
        }, "ROLE_ADMIN");
    }
}
