package com.touchpoint.satisfaction;

import java.time.YearMonth;

/**
 * Which of a staff member's callbacks to list: by month of service, service type, and an item that
 * was answered below its satisfied threshold. Null fields do not filter.
 */
public record CallbackFilter(YearMonth month, ServiceType serviceType, String lowItem) {
}
