package org.nasse.advisor.knowledge;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A conductivity the review reports for one composition. */
public record LiteratureRecord(
        @JsonProperty(required = true) String composition,
        String asWritten,
        String host,
        @JsonProperty(required = true) Double sigmaSPerCm,
        Double temperatureC,
        String temperatureNote,
        Double eaEV,
        @JsonProperty(required = true) List<Integer> refs,
        @JsonProperty(required = true) String section,
        String form,
        String note) {

    public boolean hasTemperature() {
        return temperatureC != null;
    }
}
