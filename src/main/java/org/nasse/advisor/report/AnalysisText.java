package org.nasse.advisor.report;

import java.util.Map;
import java.util.stream.Collectors;
import org.nasse.advisor.advice.Assessment;
import org.nasse.advisor.analysis.Analysis;
import org.nasse.advisor.rules.Finding;
import org.nasse.advisor.rules.Flags;
import org.nasse.advisor.analysis.HostMatch;
import org.nasse.advisor.analysis.Substitution;
import org.nasse.advisor.estimate.Estimate;
import org.nasse.advisor.knowledge.LiteratureRecord;

/** The human-readable analysis of one composition. */
public final class AnalysisText {
    private AnalysisText() {
    }

    public static String of(Assessment assessment) {
        StringBuilder sb = new StringBuilder(analysis(assessment.analysis()));
        if (!assessment.analysis().chargeBalanced()) {
            return sb.toString();
        }
        for (var r : assessment.reported()) {
            row(sb, "reported", String.format("%.2e S/cm at %s%s %s", r.sigmaSPerCm(),
                    r.temperatureC() == null ? "(temperature not stated)" : num(r.temperatureC()) + " °C",
                    r.eaEV() == null ? "" : ", Ea " + num(r.eaEV()) + " eV", r.citationLabel()
                            + (LiteratureRecord.TOTAL.equals(r.measured()) ? "" : ", " + r.measured())));
        }
        assessment.estimate().ifPresent(e -> {
            row(sb, "σ estimate", String.format("%.2e S/cm at %s °C%s  (log10 σ = %.2f ± %.2f decades; Ea %.2f eV; basis %s; %s)%s",
                    e.sigmaSPerCm(), num(e.temperatureC()), Estimate.OF_GRAIN.equals(e.of()) ? ", of a grain (bulk or single crystal)" : "",
                    e.log10Sigma(), e.log10Uncertainty(), e.eaEV(), e.basis(), e.support(),
                    e.upperBound() ? " — an upper bound" : e.lowerBound() ? " — a lower bound" : ""));
            row(sb, "  from", e.anchor().source() + String.format(" (%.2e S/cm at %s °C%s)", Math.pow(10, e.anchor().log10Sigma()),
                    num(e.anchor().temperatureC()), citation(e.anchor().refs(), e.anchor().cites())));
            e.contributions().forEach(c -> row(sb, "  " + c.term(), String.format("%+.2f decades  [%s, %s]%s", c.decades(),
                    c.heuristic(), c.finding(), c.note() == null ? "" : " — " + c.note())));
            e.notes().forEach(n -> row(sb, "  note", n));
        });
        for (int k = 0; k < assessment.plausibility().size(); k++) {
            var p = assessment.plausibility().get(k);
            var s = assessment.analysis().match().orElseThrow().substitutions().get(k);
            row(sb, "substitution", s.dopant() + " on " + s.site() + ": " + p.verdict().label() + ", " + p.evidence().words()
                    + (p.evidenceSource() == null ? "" : " (" + p.evidenceSource() + ")"));
        }
        Flags f = assessment.flags();
        row(sb, "air stability", f.airStability());
        row(sb, "Na metal", f.naMetal());
        row(sb, "oxidation limit", Double.isNaN(f.oxidationLimitV()) ? "unknown" : "~" + num(f.oxidationLimitV()) + " V vs Na+/Na");
        if (!assessment.findings().isEmpty()) {
            sb.append("\nfindings\n");
            for (Finding x : assessment.findings()) {
                sb.append(String.format("  [%s] %s — %s%n", x.heuristic(), x.effect(), x.rule()));
                sb.append(wrap(x.message(), 6, 96));
                if (!x.refs().isEmpty()) {
                    sb.append("      refs ").append(x.refs()).append('\n');
                }
                if (!x.cites().isEmpty()) {
                    sb.append("      cites ").append(String.join(", ", x.cites())).append('\n');
                }
            }
        }
        return sb.toString();
    }

    static String wrap(String text, int indent, int width) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > width - indent && line.length() > 0) {
                out.append(" ".repeat(indent)).append(line).append('\n');
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            out.append(" ".repeat(indent)).append(line).append('\n');
        }
        return out.toString();
    }

    public static String analysis(Analysis a) {
        StringBuilder sb = new StringBuilder();
        sb.append(a.formula()).append('\n');
        row(sb, "family", a.match().isPresent() ? a.familyLabel() + " (from the host)"
                : a.family().label() + " (guessed from the anion chemistry)");
        row(sb, "charge balanced", !a.chargeBalanced() ? "NO — " + a.problem()
                : a.chargeBalance().balancedWithinRounding() ? "yes, " + a.roundingNote()
                : a.chargeBalance().zeroValent() ? "yes: an element or intermetallic (every state 0), an electrode"
                        + " material rather than an ionic conductor" : "yes");
        if (!a.formula().units().isEmpty()) {
            row(sb, "units", a.formula().units().entrySet().stream()
                    .map(e -> e.getKey() + " × " + e.getValue().toPlainString()).collect(java.util.stream.Collectors.joining(", ")));
        }
        row(sb, "oxidation states", states(a.chargeBalance().oxidationStates()));
        if (a.match().isEmpty()) {
            row(sb, "host", a.chargeBalanced() ? "none in the knowledge base: element-level advice only" : "-");
            return sb.toString();
        }
        HostMatch m = a.match().get();
        row(sb, "host", m.host().id() + (m.host().name() != null ? "  — " + m.host().name() : ""));
        if (m.substitutions().isEmpty()) {
            row(sb, "substitutions", "none (the host itself)");
        } else {
            sb.append("  substitutions\n");
            sb.append(String.format("    %-10s %-8s %-9s %-9s %-10s %-10s %s%n", "site", "dopant", "x (f.u.)", "of site", "charge", "type", "radius (Å, CN)"));
            for (Substitution s : m.substitutions()) {
                sb.append(String.format("    %-10s %-8s %-9s %-9s %-10s %-10s %s%n", s.site() + " (" + s.hostElement() + ")",
                        s.dopant(), num(s.fraction()), num(s.siteFraction()),
                        ion(s.dopantOxidationState()) + " for " + ion(s.hostOxidationState()),
                        s.isAliovalent() ? "aliovalent" : "isovalent",
                        s.hasRadii() ? String.format("%.3f for %.3f (%+.1f%%, %s%s)", s.dopantRadius(), s.hostRadius(),
                                100 * s.relativeRadiusChange(), s.coordination(), s.coordinationStated() ? "" : ", assumed") : "-"));
            }
        }
        var na = m.sodium();
        row(sb, "Na sublattice", String.format("%s Na for %s in the host (%s Na sites); %s vacancies, %s interstitials per f.u.%s",
                num(na.na()), num(na.hostNa()), num(na.naSites()), num(na.vacancies()), num(na.interstitials()),
                na.onNaSite() > 0 ? "; " + num(na.onNaSite()) + " dopant on Na sites" : ""));
        row(sb, "compensation", na.chargeCompensatedOnNa() ? "on the Na sublattice, as the substitutions require"
                : "NOT by Na alone: " + String.join("; ", m.notes()));
        for (String note : m.notes()) {
            if (na.chargeCompensatedOnNa()) {
                row(sb, "note", note);
            }
        }
        return sb.toString();
    }

    /** " [35, 174] (hayashi2019)": the review's reference numbers and the keys of papers outside it. */
    public static String citation(java.util.List<Integer> refs, java.util.List<String> cites) {
        return (refs.isEmpty() ? "" : " " + refs) + (cites.isEmpty() ? "" : " (" + String.join(", ", cites) + ")");
    }

    public static String states(Map<String, Integer> states) {
        return states.entrySet().stream()
                .map(e -> e.getKey() + (e.getValue() > 0 ? "+" + e.getValue() : String.valueOf(e.getValue())))
                .collect(Collectors.joining(" "));
    }

    static String ion(int q) {
        return (q > 0 ? "+" : "") + q;
    }

    public static String num(double x) {
        return java.math.BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }

    static void row(StringBuilder sb, String label, String value) {
        sb.append(String.format("  %-18s %s%n", label, value));
    }
}
