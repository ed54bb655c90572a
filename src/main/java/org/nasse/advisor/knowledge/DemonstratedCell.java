package org.nasse.advisor.knowledge;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A cell the review reports (Tables 1-3, §5.5): the evidence a recommended stack cites. */
public record DemonstratedCell(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String source,
        @JsonProperty(required = true) String asWritten,
        @JsonProperty(required = true) String cathode,
        String catholyte,
        String cathodeInterlayer,
        @JsonProperty(required = true) String electrolyte,
        String electrolyteHost,
        String anodeInterlayer,
        @JsonProperty(required = true) String anode,
        Double firstCycleCapacityMAhPerG,
        Double retentionPercent,
        Integer cycles,
        String rate,
        Double temperatureC,
        Double loadingMgPerCm2,
        String loadingNote,
        String note,
        @JsonProperty(required = true) List<Integer> refs) implements java.io.Serializable {
}
