package com.touchpoint.shared;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import java.util.List;

/** Turns a Vaadin lazy-grid query into a Spring Data page request. */
public final class Pages {

    private Pages() {
    }

    public static PageRequest of(Query<?, ?> query, Sort defaultSort) {
        List<QuerySortOrder> orders = query.getSortOrders();
        Sort sort = orders.isEmpty() ? defaultSort : Sort.by(orders.stream()
                .map(o -> o.getDirection() == SortDirection.ASCENDING
                        ? Sort.Order.asc(o.getSorted()) : Sort.Order.desc(o.getSorted()))
                .toList());
        return PageRequest.of(query.getPage(), query.getPageSize(), sort);
    }
}
