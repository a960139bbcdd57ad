package com.touchpoint.satisfaction.internal;

import com.touchpoint.satisfaction.CallbackReports;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Early each month: last month's callback report for every org unit. */
@DisallowConcurrentExecution
class MonthlyReportJob extends QuartzJobBean {

    private final CallbackReports reports;

    MonthlyReportJob(CallbackReports reports) {
        this.reports = reports;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        reports.generateLastMonthForAllUnits();
    }
}
