package com.touchpoint.satisfaction;

import com.touchpoint.shared.Period;
import com.touchpoint.staff.StaffDetailsChanged;
import com.touchpoint.staff.StaffDirectory;
import com.touchpoint.staff.StaffPostChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The post levels of recent requests, so that one person's or one team's figures read only their own rollups and
 * not the whole post's each time (a post holds thousands of staff). Any change to the rollups, to a questionnaire
 * version or to who is on a post evicts them, on this instance at once; another instance's changes arrive within
 * {@link CachedValue#KEPT_FOR}. A level is loaded in the caller's transaction: a page never needs a second
 * connection for it, however many pages are opened at once. Values computed from the levels elsewhere (everyone's
 * figures on a post) are evicted with them ({@link #alsoEvict}), except on new callbacks; so is everything when a
 * staff member's record changes, since those values name staff members.
 */
@Component
class PostLevels {

    private record Key(String postCode, Period period) {
    }

    private final StaffDirectory directory;
    private final Questionnaires questionnaires;
    private final RollupStore rollups;
    private final IndicatorProperties properties;
    private final CachedValues<Key, PostLevel> levels;
    private final List<Runnable> dependents = new CopyOnWriteArrayList<>();

    PostLevels(StaffDirectory directory, Questionnaires questionnaires, RollupStore rollups,
               IndicatorProperties properties, PlatformTransactionManager transactions) {
        this.directory = directory;
        this.questionnaires = questionnaires;
        this.rollups = rollups;
        this.properties = properties;
        this.levels = CachedValues.inCallersTransaction(transactions, Clock.systemUTC(), CachedValue.KEPT_FOR, 512,
                this::load);
    }

    PostLevel of(String postCode, Period period) {
        return levels.get(new Key(postCode, period));
    }

    /** The level computed from every staff member's totals already read, as an incentive run or a ranking does. */
    PostLevel of(Map<Long, RollupStore.StaffTotals> byStaff) {
        return PostLevel.of(byStaff, questionnaires.byId(), properties);
    }

    private PostLevel load(Key key) {
        var totals = rollups.totals(directory.idsWithPost(key.postCode()), key.period().from(), key.period().to());
        return of(totals);
    }

    /** Values computed from the levels bring only the delivered staff up to date themselves. */
    @EventListener
    void on(CallbacksStored stored) {
        levels.evict();
    }

    @EventListener
    void on(StaffPostChanged changed) {
        evict();
    }

    @EventListener
    void on(QuestionnaireVersionCreated created) {
        evict();
    }

    @EventListener
    void on(StaffDetailsChanged changed) {
        evict();
    }

    /** Evicts {@code eviction} whenever the levels are evicted. */
    void alsoEvict(Runnable eviction) {
        dependents.add(eviction);
    }

    void evict() {
        levels.evict();
        dependents.forEach(Runnable::run);
    }
}
