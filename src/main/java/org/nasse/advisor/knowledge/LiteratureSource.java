package org.nasse.advisor.knowledge;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A paper outside the review (knowledge/literature.yaml), cited by key where a number did not come
 * from the review: a conductivity, a cathode's voltage, a cluster anion's charge.
 */
public record LiteratureSource(
        @JsonProperty(required = true) String key,
        @JsonProperty(required = true) String authors,
        String title,
        @JsonProperty(required = true) String journal,
        @JsonProperty(required = true) Integer year,
        String volume,
        String pages,
        String doi,
        String foundAt,
        String note) implements java.io.Serializable {

    /** "W. S. Tang, M. Dimitrievska, et al., Chem. Mater. 29 (2017) 10496–10509, doi:10.1021/…" */
    public String citation() {
        StringBuilder sb = Reference.journalCitation(authors, journal, volume, year, pages);
        if (doi != null) {
            sb.append(", doi:").append(doi);
        }
        return sb.append('.').toString();
    }
}
