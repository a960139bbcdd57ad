package com.touchpoint.shared;

import com.touchpoint.TouchpointTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reminder runs' chunks: each chunk of rows in a transaction of its own, only the rows still pending. */
@TouchpointTest
class ChunkedWorkTests {

    @Autowired
    ChunkedWork chunked;

    final List<List<Long>> committed = new ArrayList<>();
    final List<Long> inTransaction = new ArrayList<>();

    /** Notes the row in the current transaction; the rows of a transaction are committed together. */
    private void step(long row) {
        assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isTrue();
        if (inTransaction.isEmpty()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_COMMITTED) {
                        committed.add(List.copyOf(inTransaction));
                    }
                    inTransaction.clear();
                }
            });
        }
        inTransaction.add(row);
    }

    @Test
    void each_chunk_is_loaded_and_committed_in_a_transaction_of_its_own() {
        int rows = 2 * ChunkedWork.PER_TRANSACTION + 50;
        List<Long> ids = LongStream.rangeClosed(1, rows).boxed().toList();
        List<Integer> loaded = new ArrayList<>();

        int done = chunked.forEach(ids, chunk -> {
            loaded.add(chunk.size());
            return chunk;
        }, id -> id % 2 == 1, this::step);

        assertThat(done).isEqualTo(rows / 2);
        assertThat(loaded).containsExactly(ChunkedWork.PER_TRANSACTION, ChunkedWork.PER_TRANSACTION, 50);
        assertThat(committed).hasSize(3);
        assertThat(committed.get(0)).hasSize(ChunkedWork.PER_TRANSACTION / 2).startsWith(1L).endsWith(99L);
        assertThat(committed.get(2)).startsWith(201L).endsWith(249L);
        assertThat(committed.stream().flatMap(List::stream)).doesNotHaveDuplicates().hasSize(rows / 2);
    }

    @Test
    void a_failing_chunk_keeps_the_chunks_before_it() {
        List<Long> ids = LongStream.rangeClosed(1, ChunkedWork.PER_TRANSACTION + 10).boxed().toList();
        assertThatThrownBy(() -> chunked.forEach(ids, chunk -> chunk, id -> true, id -> {
            if (id == ChunkedWork.PER_TRANSACTION + 5) {
                throw new IllegalStateException("row " + id);
            }
            step(id);
        })).isInstanceOf(IllegalStateException.class);
        assertThat(committed).hasSize(1);
        assertThat(committed.get(0)).hasSize(ChunkedWork.PER_TRANSACTION);
    }

    @Test
    void a_chunk_whose_rows_changed_meanwhile_is_done_once_more() {
        List<Long> ids = LongStream.rangeClosed(1, 10).boxed().toList();
        int[] attempts = {0};
        int done = chunked.forEach(ids, chunk -> chunk, id -> true, id -> {
            if (id == 5 && attempts[0]++ == 0) {
                throw new OptimisticLockingFailureException("row 5 changed");
            }
            step(id);
        });
        assertThat(done).isEqualTo(10);
        assertThat(committed).containsExactly(ids);
    }
}
