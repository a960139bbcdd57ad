package com.touchpoint;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

import javax.sql.DataSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Counts the statements that reach the database, JPA and JdbcTemplate alike, for tests that pin a query budget.
 * Only the threads a measurement names are counted, so the scheduler's own polling stays out of the figures.
 */
public final class QueryCounter {

    private static final AtomicInteger COUNT = new AtomicInteger();
    private static volatile Predicate<Thread> counted = t -> false;

    private QueryCounter() {
    }

    /** The statements {@code work} runs on the calling thread. */
    /**
     * The statements of a warm call: the fewest of three. Work elsewhere in the suite (a delivery, a nightly job)
     * may evict the kept post levels at any moment, and a call that reloads one spends three more statements.
     */
    public static int warmOnThisThread(Runnable work) {
        return Math.min(onThisThread(work), Math.min(onThisThread(work), onThisThread(work)));
    }

    /** As {@link #warmOnThisThread}, for work done by the named threads (the web server's). */
    public static int warmOnThreadsNamed(String prefix, Runnable work) {
        return Math.min(onThreadsNamed(prefix, work), Math.min(onThreadsNamed(prefix, work),
                onThreadsNamed(prefix, work)));
    }

    public static int onThisThread(Runnable work) {
        Thread self = Thread.currentThread();
        return measure(t -> t == self, work);
    }

    /** The statements run on threads whose name starts with {@code prefix} (e.g. the web server's) during {@code work}. */
    public static int onThreadsNamed(String prefix, Runnable work) {
        return measure(t -> t.getName().startsWith(prefix), work);
    }

    private static synchronized int measure(Predicate<Thread> threads, Runnable work) {
        COUNT.set(0);
        counted = threads;
        try {
            work.run();
        } finally {
            counted = t -> false;
        }
        return COUNT.get();
    }

    /** Wraps the application's data source so that every statement passes the counter. */
    static final class Wrapper implements BeanPostProcessor {
        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
                return ProxyDataSourceBuilder.create(dataSource).name(beanName).listener(new Listener()).build();
            }
            return bean;
        }
    }

    private static final class Listener implements QueryExecutionListener {
        @Override
        public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        }

        @Override
        public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
            if (counted.test(Thread.currentThread())) {
                COUNT.incrementAndGet();
            }
        }
    }
}
