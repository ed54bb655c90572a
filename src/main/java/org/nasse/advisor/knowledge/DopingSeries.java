package org.nasse.advisor.knowledge;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A doping or substitution series the review describes (knowledge/series.yaml): W⁶⁺ on the Sb site
 * of Na3SbS4, with the points it gives, what it says the substitution does to conductivity
 * ({@code raises}, {@code lowers}, {@code optimum}, {@code unclear}) and the best level where it
 * states one, with or without x.
 */
public record DopingSeries(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String host,
        @JsonProperty(required = true) String family,
        String site,
        String hostIon,
        @JsonProperty(required = true) String dopant,
        @JsonProperty(required = true) String mechanism,
        @JsonProperty(required = true) String direction,
        List<Point> points,
        Optimum optimum,
        @JsonProperty(required = true) String quote,
        @JsonProperty(required = true) String section,
        @JsonProperty(required = true) List<Integer> refs,
        String note) implements java.io.Serializable {

    public DopingSeries {
        points = points == null ? List.of() : List.copyOf(points);
        refs = List.copyOf(refs);
    }

    /** One composition of the series, with the value the review gives (if any). */
    public record Point(String composition, String asWritten, Double x, Double sigmaSPerCm, Double temperatureC,
                        String temperatureNote, Double eaEV, String form, List<Integer> refs, String note)
            implements java.io.Serializable {
    }

    /** The best level the review names: x, or only its words ({@code stated}) when it gives no x. */
    public record Optimum(Double x, String stated, List<Integer> refs) implements java.io.Serializable {
    }

    /** The dopant's element symbol ("Sc" for "Sc3+"), or null for an additive such as "Na2O (excess)". */
    public String dopantElement() {
        String d = dopant.trim();
        int i = 1;
        while (i < d.length() && Character.isLowerCase(d.charAt(i))) {
            i++;
        }
        String symbol = d.substring(0, i);
        String rest = d.substring(i).trim();
        return Character.isUpperCase(d.charAt(0)) && (rest.isEmpty() || rest.matches("[0-9]*[+-]")) ? symbol : null;
    }

    /** True when the review says the substitution raises conductivity (or names a best level of it). */
    public boolean raises() {
        return direction.equals("raises") || direction.equals("optimum");
    }
}
