package org.nasse.advisor.estimate;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * The fitted coefficients of the conductivity model and the provenance of their fit, as stored in
 * knowledge/conductivity-model.yaml by `calibrate`. Every number here comes from the records.
 */
public record ConductivityModel(
        @JsonProperty(required = true) String fittedOn,
        @JsonProperty(required = true) String method,
        @JsonProperty(required = true) String source,
        @JsonProperty(required = true) Integer dataCount,
        @JsonProperty(required = true) Map<String, Double> coefficients,
        @JsonProperty(required = true) Double eaShiftPerDecade,
        @JsonProperty(required = true) Integer eaShiftPairs,
        @JsonProperty(required = true) Map<String, Statistic> familyEaEV,
        @JsonProperty(required = true) Statistic defaultEaEV,
        @JsonProperty(required = true) Map<String, Statistic> familyLog10Sigma25,
        @JsonProperty(required = true) Uncertainty uncertainty,
        @JsonProperty(required = true) Residuals residuals) {

    /** A median with its spread (standard deviation) and how many records it rests on. */
    public record Statistic(@JsonProperty(required = true) Double value, Double spread,
                            @JsonProperty(required = true) Integer count) {
    }

    /** Decades of uncertainty: the fit's own, per substitution, per 100 K of extrapolation, without a host. */
    public record Uncertainty(@JsonProperty(required = true) Double base,
                              @JsonProperty(required = true) Double perSubstitution,
                              @JsonProperty(required = true) Double perHundredKelvin,
                              @JsonProperty(required = true) Double noHost) {
    }

    /** How well the fit does on its own data and in leave-one-out cross-validation. */
    public record Residuals(@JsonProperty(required = true) Double fitRmsDecades,
                           @JsonProperty(required = true) Double fitMaeDecades,
                           Double looMaeDecades,
                           Double looSpearman,
                           Double looDirectionalAccuracy,
                           Integer looPairs) {
    }

    public double coefficient(String feature) {
        return coefficients.getOrDefault(feature, 0.0);
    }
}
