package com.touchpoint.shared;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Works through many stored rows {@value #PER_TRANSACTION} to a transaction, as the daily reminder runs do. In one
 * transaction, every query that a step makes (whom to tell, say) first checks every entity the transaction already
 * changed, so a run over thousands of rows took minutes; in chunks it takes seconds. A chunk whose rows a user
 * changed meanwhile is read and done once more. A run that stops keeps the chunks it finished, and the next run goes
 * on from there.
 */
@Component
public class ChunkedWork {

    public static final int PER_TRANSACTION = 100;

    private final TransactionTemplate transactions;

    ChunkedWork(PlatformTransactionManager transactions) {
        this.transactions = new TransactionTemplate(transactions);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Loads the rows of each chunk of {@code ids} in a transaction of its own and does {@code step} for each that is
     * still {@code pending} when read there; how many it did.
     */
    public <T> int forEach(List<Long> ids, Function<List<Long>, List<T>> load, Predicate<T> pending,
                           Consumer<T> step) {
        int done = 0;
        for (int from = 0; from < ids.size(); from += PER_TRANSACTION) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + PER_TRANSACTION));
            try {
                done += chunk(chunk, load, pending, step);
            } catch (OptimisticLockingFailureException e) {
                // a user changed one of the rows meanwhile (completed an assignment, say): read the chunk again
                done += chunk(chunk, load, pending, step);
            }
        }
        return done;
    }

    private <T> int chunk(List<Long> ids, Function<List<Long>, List<T>> load, Predicate<T> pending, Consumer<T> step) {
        return transactions.execute(status -> {
            List<T> rows = load.apply(ids).stream().filter(pending).toList();
            rows.forEach(step);
            return rows.size();
        });
    }
}
