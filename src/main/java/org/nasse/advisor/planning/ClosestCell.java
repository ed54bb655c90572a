package org.nasse.advisor.planning;

import java.util.List;
import org.nasse.advisor.knowledge.DemonstratedCell;

/** A demonstrated cell near a stack: how many of its layers it shares (a half for a near match) and which. */
public record ClosestCell(DemonstratedCell cell, double shared, List<String> sharedLayers) {
    public ClosestCell {
        sharedLayers = List.copyOf(sharedLayers);
    }
}
