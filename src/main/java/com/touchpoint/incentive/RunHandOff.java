package com.touchpoint.incentive;

import java.util.List;

/**
 * Hands a started run to the clustered job store (implemented in {@code internal}): one node carries it out through
 * {@link IncentiveRuns#carryOut}, as {@code actor} with only {@code authorities}, and if that node dies another node
 * carries it out again.
 */
public interface RunHandOff {

    void handOff(long runId, String actor, List<String> authorities);
}
