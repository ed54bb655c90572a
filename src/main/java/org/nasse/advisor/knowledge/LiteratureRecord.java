package org.nasse.advisor.knowledge;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A reported conductivity of one composition: from the review (records.yaml, {@code refs} are its
 * reference numbers, {@code section} its section) or from a paper outside it (literature-records.yaml,
 * {@code source: literature}, {@code cites} keys of literature.yaml, {@code quote} the sentence read).
 * {@link #measured()} says what the value is of: the whole pellet ({@value #TOTAL}), the grain interior
 * ({@value #BULK}), a {@value #SINGLE_CRYSTAL} or a {@value #THIN_FILM}; a record that does not say is
 * read as {@value #TOTAL}, the meaning of an unqualified conductivity in this literature, and
 * {@link #measuredStated()} tells the two apart.
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
        String measured,
        String source,
        List<String> cites,
        String quote,
        String note) implements java.io.Serializable {

    public static final String REVIEW = "review";
    public static final String LITERATURE = "literature";
    /** A lab's own measurement, read from an evidence CSV ({@code --evidence}); held in memory, never in knowledge/. */
    public static final String USER = "user";

    /** Whole pellet, ceramic or glass: grain and grain boundary together (the default meaning). */
    public static final String TOTAL = "total";
    /** Grain interior only, e.g. from high-frequency impedance. */
    public static final String BULK = "bulk";
    public static final String SINGLE_CRYSTAL = "single-crystal";
    public static final String THIN_FILM = "thin-film";
    /** The values {@code measured} may take, in that order. */
    public static final List<String> MEASURED = List.of(TOTAL, BULK, SINGLE_CRYSTAL, THIN_FILM);

    public LiteratureRecord {
        refs = refs == null ? List.of() : List.copyOf(refs);
        cites = cites == null ? List.of() : List.copyOf(cites);
        source = source == null ? REVIEW : source;
    }

    /**
     * What was measured: the record's {@code measured}, or {@value #TOTAL} when it does not say
     * (never null).
     */
    @Override
    public String measured() {
        return measured == null ? TOTAL : measured;
    }

    /** Whether the record itself says what was measured ({@code false}: {@link #measured()} is the default). */
    @JsonProperty("measuredStated")
    public boolean measuredStated() {
        return measured != null;
    }

    /**
     * A row of the user's evidence file: {@code source: user}, no refs or cites, {@code note} "your data, line N"
     * ({@code section} keeps the file name, {@code quote} the row's own note and {@code form} the sample form).
     */
    public static LiteratureRecord user(String composition, double sigmaSPerCm, double temperatureC, Double eaEV,
                                        String form, String measured, String sample, String note, String file, int line) {
        String own = (sample == null || sample.isBlank() ? "" : "sample " + sample)
                + (note == null || note.isBlank() ? "" : (sample == null || sample.isBlank() ? "" : "; ") + note);
        return new LiteratureRecord(composition, composition, null, null, sigmaSPerCm, temperatureC, null, eaEV, List.of(),
                file, form, measured, USER, List.of(), own.isEmpty() ? null : own, userLabel(line));
    }

    /** "your data, line 12": how a user row is named wherever it moves a number. */
    public static String userLabel(int line) {
        return "your data, line " + line;
    }

    /** A row of the user's own evidence file. */
    public boolean fromUser() {
        return USER.equals(source);
    }

    public boolean hasTemperature() {
        return temperatureC != null;
    }

    public boolean fromReview() {
        return REVIEW.equals(source);
    }

    /** "[116]" for the review, "(hayashi2019)" for a paper outside it, "(your data, line 12)" for a user row. */
    public String citationLabel() {
        if (fromUser()) {
            return "(" + note + ")";
        }
        return fromReview() ? refs.toString() : "(" + String.join(", ", cites) + ")";
    }
}
