package org.nasse.advisor.estimate;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * The fitted sizes of the model's terms and the provenance of their fit, as stored in
 * knowledge/conductivity-model.yaml by `calibrate`. Every number here comes from the records.
 * The signs are the heuristics' ({@link Term}); the fit only sets how big each term is.
 */
public record ConductivityModel(
        @JsonProperty(required = true) String fittedOn,
        @JsonProperty(required = true) String method,
        @JsonProperty(required = true) String source,
        @JsonProperty(required = true) Integer dataCount,
        @JsonProperty(required = true) Map<String, TermFit> terms,
        @JsonProperty(required = true) Shape shape,
        @JsonProperty(required = true) Double eaShiftPerDecade,
        @JsonProperty(required = true) Integer eaShiftPairs,
        @JsonProperty(required = true) Map<String, Statistic> familyEaEV,
        @JsonProperty(required = true) Statistic defaultEaEV,
        @JsonProperty(required = true) Uncertainty uncertainty,
        Validation validation) implements java.io.Serializable {

    /** A median with its spread (standard deviation) and how many values it rests on. */
    public record Statistic(@JsonProperty(required = true) Double value, Double spread,
                            @JsonProperty(required = true) Integer count) implements java.io.Serializable {
    }

    /**
     * One term's fit: its heuristic and sign, the coefficient (decades at a unit value, ≥ 0), a
     * family's own where its records say more, how many records carried it, and a status that says
     * when the data would have flipped the heuristic's sign and the term was held at zero instead.
     */
    public record TermFit(@JsonProperty(required = true) String heuristic,
                          @JsonProperty(required = true) Integer sign,
                          @JsonProperty(required = true) Double coefficient,
                          Map<String, Double> byFamily,
                          @JsonProperty(required = true) Integer records,
                          @JsonProperty(required = true) String status) implements java.io.Serializable {
    }

    /**
     * The shape of the defect terms: gain = log(1 + f/onset) / log(1 + optimum/onset) of the full
     * coefficient, f capped at the optimum. Optima (fraction of Na sites) from the reported best
     * composition of each doping series: per host where the host has series, else per family.
     */
    public record Shape(@JsonProperty(required = true) Double onsetFraction,
                        @JsonProperty(required = true) Map<String, Map<String, Double>> optimum,
                        @JsonProperty(required = true) Map<String, Double> defaultOptimum,
                        String note) implements java.io.Serializable {
    }

    /**
     * Decades of uncertainty (68 % of leave-one-out errors of each kind of estimate fall inside):
     * reported values, a composition's own report at another temperature, the host model (and per
     * substitution), a parent derived from its doped records, the nearest records of a family, and a
     * term per 100 K between anchor and the asked temperature.
     */
    public record Uncertainty(@JsonProperty(required = true) Double reported,
                              @JsonProperty(required = true) Double ownReport,
                              @JsonProperty(required = true) Double model,
                              @JsonProperty(required = true) Double perSubstitution,
                              @JsonProperty(required = true) Double derivedParent,
                              @JsonProperty(required = true) Map<String, Double> neighbours,
                              @JsonProperty(required = true) Double neighboursDefault,
                              @JsonProperty(required = true) Double perHundredKelvin) implements java.io.Serializable {
    }

    /** How well the model does on records it has not seen (see `validate`). */
    public record Validation(Metrics leaveOneOut, Metrics leaveOneHostOut, Metrics review, Metrics literature) implements java.io.Serializable {
    }

    /** Spearman ρ, mean absolute error (decades), directional accuracy on (parent, doped) pairs, coverage of ±u. */
    public record Metrics(Integer count, Double spearman, Double maeDecades, Double directionalAccuracy, Integer pairs,
                          Double withinUncertainty, Double medianUncertainty) implements java.io.Serializable {
    }

    public TermFit fit(Term term) {
        return terms.get(term.key());
    }

    /** The coefficient of a term for a family: the family's own where fitted, else the global one. */
    public double coefficient(Term term, String family) {
        TermFit f = terms.get(term.key());
        if (f == null) {
            return 0;
        }
        if (f.byFamily() != null && family != null && f.byFamily().containsKey(family)) {
            return f.byFamily().get(family);
        }
        return f.coefficient();
    }

    /** The reported optimum defect fraction of a shaped term: the doping's own series, the host's, else the family's. */
    public double optimum(Term term, String series, String host, String family) {
        return optimumOf(term, series, host, family, shape.optimum(), shape.defaultOptimum());
    }

    public static double optimumOf(Term term, String series, String host, String family,
                                   Map<String, Map<String, Double>> optima, Map<String, Double> defaults) {
        for (String key : new String[] {series, host, family}) {
            Map<String, Double> byTerm = key == null ? null : optima.get(key);
            if (byTerm != null && byTerm.containsKey(term.key())) {
                return byTerm.get(term.key());
            }
        }
        return defaults.getOrDefault(term.key(), 0.1);
    }

    /** A term's value as the model weighs it: shaped terms saturate at the optimum. */
    public double shaped(Term term, String series, String host, String family, double raw) {
        return shapeOf(term, raw, optimum(term, series, host, family), shape.onsetFraction());
    }

    /** The decades all terms of a composition's features add. */
    public double delta(Features f, String host, String family) {
        double d = 0;
        for (var e : f.values().entrySet()) {
            Term t = e.getKey();
            d += t.sign() * coefficient(t, family) * shaped(t, f.series(), host, family, e.getValue());
        }
        return d;
    }

    /** Each term's part of {@link #delta}, with the finding it was read from. */
    public java.util.List<Contribution> contributions(Features f, String host, String family) {
        java.util.List<Contribution> out = new java.util.ArrayList<>();
        for (var e : f.values().entrySet()) {
            Term t = e.getKey();
            double c = coefficient(t, family);
            double w = shaped(t, f.series(), host, family, e.getValue());
            double optimum = optimum(t, f.series(), host, family);
            String note = null;
            if (t.shaped() && e.getValue() > optimum + 1e-9) {
                note = PAST_OPTIMUM.computeIfAbsent(optimum, o -> String.format("past the reported optimum (%.3g of the Na "
                        + "sites): held at the optimum's gain; the reported series give no size for the fall beyond it", o));
            }
            TermFit fit = fit(t);
            if (fit != null && c == 0 && fit.status() != null && !fit.status().startsWith("fitted")) {
                note = fit.status();
            }
            out.add(new Contribution(t.key(), t.heuristic(), f.findings().get(t), Anchors.round(e.getValue()),
                    Anchors.round(w), c, Anchors.round(t.sign() * c * w), note));
        }
        return out;
    }

    /** The note of a term past its optimum, per optimum: the knowledge holds a few dozen optima at most. */
    private static final Map<Double, String> PAST_OPTIMUM = new java.util.concurrent.ConcurrentHashMap<>();

    public static double shapeOf(Term term, double raw, double optimum, double onset) {
        if (!term.shaped()) {
            return raw;
        }
        double f = Math.min(Math.max(raw, 0), optimum);
        return Math.log1p(f / onset) / Math.log1p(optimum / onset);
    }
}
