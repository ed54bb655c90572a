package org.nasse.advisor.knowledge;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A reported conductivity of one composition: from the review (records.yaml, {@code refs} are its
 * reference numbers, {@code section} its section) or from a paper outside it (literature-records.yaml,
 * {@code source: literature}, {@code cites} keys of literature.yaml, {@code quote} the sentence read).
 */
public record LiteratureRecord(
        @JsonProperty(required = true) String composition,
        String asWritten,
        String host,
        String family,
        @JsonProperty(required = true) Double sigmaSPerCm,
        Double temperatureC,
        String temperatureNote,
        Double eaEV,
        List<Integer> refs,
        String section,
        String form,
        String source,
        List<String> cites,
        String quote,
        String note) {

    public static final String REVIEW = "review";
    public static final String LITERATURE = "literature";

    public LiteratureRecord {
        refs = refs == null ? List.of() : List.copyOf(refs);
        cites = cites == null ? List.of() : List.copyOf(cites);
        source = source == null ? REVIEW : source;
    }

    public boolean hasTemperature() {
        return temperatureC != null;
    }

    public boolean fromReview() {
        return REVIEW.equals(source);
    }

    /** "[116]" for the review, "(hayashi2019)" for a paper outside it. */
    public String citationLabel() {
        return fromReview() ? refs.toString() : "(" + String.join(", ", cites) + ")";
    }
}
