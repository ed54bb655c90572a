package org.nasse.advisor.knowledge;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One entry of the review's bibliography. */
public record Reference(
        @JsonProperty(required = true) Integer n,
        @JsonProperty(required = true) String authors,
        @JsonProperty(required = true) String journal,
        String volume,
        @JsonProperty(required = true) Integer year,
        String pages) implements java.io.Serializable {

    /** "K. Song, C. Liu, L. Mi, et al., Small 17 (2021) e1903194." */
    public String citation() {
        return journalCitation(authors, journal, volume, year, pages).append('.').toString();
    }

    /** "authors, journal volume (year) pages": the form both the review's and other papers' citations take. */
    static StringBuilder journalCitation(String authors, String journal, String volume, Integer year, String pages) {
        StringBuilder sb = new StringBuilder(authors).append(", ").append(journal);
        if (volume != null) {
            sb.append(' ').append(volume);
        }
        sb.append(" (").append(year).append(')');
        if (pages != null) {
            sb.append(' ').append(pages);
        }
        return sb;
    }
}
