package org.nasse.advisor.knowledge;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Cathodes, anodes, interlayers and catholytes of the review's cells (§5). */
public final class Electrodes {
    private Electrodes() {
    }

    /**
     * A cathode with its average voltage, window and specific capacity, each with its provenance: the
     * review (refs) or a paper outside it (cites), and the sentence it was read from.
     */
    public record Cathode(
            @JsonProperty(required = true) String name,
            String formula,
            @JsonProperty(required = true) String type,
            Double voltageV,
            List<Double> voltageWindowV,
            Provenance voltage,
            Provenance voltageWindow,
            Double capacityMAhPerG,
            String capacityKind,
            Provenance capacity,
            Double theoreticalCapacityMAhPerG,
            Provenance theoreticalCapacity,
            Double practicalCapacityMAhPerG,
            Provenance practicalCapacity,
            String note,
            @JsonProperty(required = true) List<Integer> refs) implements java.io.Serializable {

        /** The capacity an energy estimate should use: practical where known, else the stated one. */
        public Double workingCapacity() {
            return practicalCapacityMAhPerG != null ? practicalCapacityMAhPerG : capacityMAhPerG;
        }

        public String workingCapacityKind() {
            return practicalCapacityMAhPerG != null ? "practical" : capacityKind;
        }
    }

    /** Where one number came from: the review's refs, or keys of literature.yaml, and the sentence read. */
    public record Provenance(
            @JsonProperty(required = true) String source,
            List<Integer> refs,
            List<String> cites,
            String quote,
            String note) implements java.io.Serializable {
        public Provenance {
            refs = refs == null ? List.of() : List.copyOf(refs);
            cites = cites == null ? List.of() : List.copyOf(cites);
        }
    }

    public record Anode(
            @JsonProperty(required = true) String name,
            String formula,
            @JsonProperty(required = true) String type,
            Double voltageV,
            String note,
            @JsonProperty(required = true) List<Integer> refs) implements java.io.Serializable {
    }

    public record Interlayer(
            @JsonProperty(required = true) String name,
            @JsonProperty(required = true) String side,
            @JsonProperty(required = true) String kind,
            List<String> worksWith,
            String effect,
            String note,
            @JsonProperty(required = true) List<Integer> refs) implements java.io.Serializable {
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
            @JsonProperty(required = true) List<Integer> refs) implements java.io.Serializable {
        public Catholyte {
            worksWith = worksWith == null ? List.of() : List.copyOf(worksWith);
        }
    }
}
