package org.nasse.advisor.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The global the rules write to. A rule's heuristic, refs, literature cites, effect and message template
 * live in its metadata (@heuristic, @refs, @cites, @effect, @message), so a consequence only supplies the
 * numbers: {@code findings.emit(kcontext, $c.id(), "vacancyFraction", $v, "dopant", "W", ...)}. Sources
 * known only per composition (a host entry's refs, a dopant series' record) come in through
 * {@link #emitCiting} and {@link #emitSourced}.
 * Flags keep the value of the highest rank set for them.
 */
public final class FindingSink {
    private final List<Finding> findings = new ArrayList<>();
    /** Each rule's metadata by name, read once per rule base ({@link RuleSet}), not once per batch. */
    private final Map<String, Meta> meta;
    /** Per composition id (0..n-1, as {@link RuleSet#evaluate} numbers them): flag values and the rank that set them. */
    private final String[] air;
    private final String[] naMetal;
    private final int[] airRank;
    private final int[] naMetalRank;
    private final double[] oxidation;
    private final int[] oxidationRank;

    /** A sink for the compositions numbered 0 to {@code compositions} − 1, with the rules' metadata read once. */
    FindingSink(int compositions, Map<String, Meta> meta) {
        this.meta = meta;
        air = new String[compositions];
        naMetal = new String[compositions];
        airRank = new int[compositions];
        naMetalRank = new int[compositions];
        oxidation = new double[compositions];
        oxidationRank = new int[compositions];
        java.util.Arrays.fill(air, UNKNOWN);
        java.util.Arrays.fill(naMetal, UNKNOWN);
        java.util.Arrays.fill(airRank, -1);
        java.util.Arrays.fill(naMetalRank, -1);
        java.util.Arrays.fill(oxidation, Double.NaN);
        java.util.Arrays.fill(oxidationRank, -1);
    }

    private static final String UNKNOWN = "unknown";

    public void emit(RuleContext kcontext, int composition, String feature, double magnitude, Object... params) {
        emitCiting(kcontext, composition, List.of(), feature, magnitude, params);
    }

    public void emitCiting(RuleContext kcontext, int composition, List<Integer> extraRefs, String feature,
                           double magnitude, Object... params) {
        emitSourced(kcontext, composition, extraRefs, List.of(), feature, magnitude, params);
    }

    /** A finding whose sources depend on the composition: the rule's own refs and cites plus these. */
    public void emitSourced(RuleContext kcontext, int composition, List<Integer> extraRefs, List<String> extraCites,
                            String feature, double magnitude, Object... params) {
        Meta m = meta.get(kcontext.getRule().getName()); // every rule of the base is listed
        findings.add(new Finding(composition, m.name, m.heuristic, m.heuristicNumber, m.effect, feature, magnitude, m.template,
                params, union(m.refs, extraRefs), union(m.cites, extraCites)));
    }

    private static <T> List<T> union(List<T> own, List<T> extra) {
        if (extra.isEmpty()) {
            return own;
        }
        Set<T> all = new LinkedHashSet<>(own);
        all.addAll(extra);
        return List.copyOf(all);
    }

    /** A rule's metadata as a finding carries it, made once per rule from what the loader read ({@link RuleInfo}). */
    record Meta(String name, String heuristic, int heuristicNumber, String effect, String template, List<Integer> refs,
                        List<String> cites) {
        static Meta of(RuleInfo rule) {
            return new Meta(rule.name(), rule.heuristic(), RuleLoader.heuristicNumber(rule.heuristic()), rule.effect(),
                    rule.message() == null ? rule.name() : rule.message(), rule.refs(), rule.cites());
        }
    }

    public void air(int composition, String value, int rank) {
        if (rank > airRank[composition]) {
            air[composition] = value;
            airRank[composition] = rank;
        }
    }

    public void naMetal(int composition, String value, int rank) {
        if (rank > naMetalRank[composition]) {
            naMetal[composition] = value;
            naMetalRank[composition] = rank;
        }
    }

    public void oxidationLimit(int composition, double volts, int rank) {
        if (rank > oxidationRank[composition]) {
            oxidation[composition] = volts;
            oxidationRank[composition] = rank;
        }
    }

    public List<Finding> findings() {
        return findings;
    }

    public Flags flags(int composition) {
        return new Flags(air[composition], naMetal[composition], oxidation[composition]);
    }

    /** Replaces {name} with the value that follows "name" in params; numbers get at most 4 significant digits. */
    static String fill(String template, Object... params) {
        String out = template;
        for (int i = 0; i + 1 < params.length; i += 2) {
            out = out.replace("{" + params[i] + "}", format(params[i + 1]));
        }
        return out;
    }

    static String format(Object value) {
        if (value instanceof Double d) {
            if (d.isNaN()) {
                return "?";
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e6) {
                return String.valueOf(d.longValue());
            }
            return new BigDecimal(d).round(new MathContext(3)).stripTrailingZeros().toPlainString();
        }
        if (value instanceof List<?> list) {
            return list.toString();
        }
        return String.valueOf(value);
    }
}
