package org.lantu.plan;

import org.jspecify.annotations.Nullable;

/**
 * A responsible unit (责任单位) of an administrative unit's registry, e.g. 旗住建局 of 杭锦旗.
 *
 * @param tasks how many tasks of the latest plan versions name it
 * @param leads how many of those it leads
 */
public record ResponsibleUnit(
        long id, String name, @Nullable Long adminUnitId, int tasks, int leads) {}
