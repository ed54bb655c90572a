package org.nasse.advisor.knowledge;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Cathodes, anodes, interlayers and catholytes of the review's cells (§5). */
public final class Electrodes {
    private Electrodes() {
    }

    public record Cathode(
            @JsonProperty(required = true) String name,
            String formula,
            @JsonProperty(required = true) String type,
            Double voltageV,
            List<Double> voltageWindowV,
            Double capacityMAhPerG,
            String note,
            @JsonProperty(required = true) List<Integer> refs) {
    }

    public record Anode(
            @JsonProperty(required = true) String name,
            String formula,
            @JsonProperty(required = true) String type,
            Double voltageV,
            String note,
            @JsonProperty(required = true) List<Integer> refs) {
    }

    public record Interlayer(
            @JsonProperty(required = true) String name,
            @JsonProperty(required = true) String side,
            @JsonProperty(required = true) String kind,
            List<String> worksWith,
            String effect,
            String note,
            @JsonProperty(required = true) List<Integer> refs) {
        public Interlayer {
            worksWith = worksWith == null ? List.of() : List.copyOf(worksWith);
        }
    }

    public record Catholyte(
            @JsonProperty(required = true) String name,
            String formula,
            @JsonProperty(required = true) String family,
            Double oxidationLimitV,
            List<String> worksWith,
            String note,
            @JsonProperty(required = true) List<Integer> refs) {
        public Catholyte {
            worksWith = worksWith == null ? List.of() : List.copyOf(worksWith);
        }
    }
}
