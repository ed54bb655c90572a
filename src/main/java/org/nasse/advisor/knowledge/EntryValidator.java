package org.nasse.advisor.knowledge;

import static org.nasse.advisor.knowledge.KnowledgeLoader.ANODES;
import static org.nasse.advisor.knowledge.KnowledgeLoader.CATHODES;
import static org.nasse.advisor.knowledge.KnowledgeLoader.CATHOLYTES;
import static org.nasse.advisor.knowledge.KnowledgeLoader.CELLS;
import static org.nasse.advisor.knowledge.KnowledgeLoader.HOSTS;
import static org.nasse.advisor.knowledge.KnowledgeLoader.INTERLAYERS;
import static org.nasse.advisor.knowledge.KnowledgeLoader.LITERATURE;
import static org.nasse.advisor.knowledge.KnowledgeLoader.MOISTURE;
import static org.nasse.advisor.knowledge.KnowledgeLoader.NA_METAL;
import static org.nasse.advisor.knowledge.KnowledgeLoader.REFERENCES;
import static org.nasse.advisor.knowledge.KnowledgeLoader.SERIES;
import static org.nasse.advisor.knowledge.KnowledgeLoader.SIDES;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nasse.advisor.chemistry.ChargeBalance;
import org.nasse.advisor.chemistry.Chemistry;
import org.nasse.advisor.chemistry.Family;
import org.nasse.advisor.chemistry.Formula;
import org.nasse.advisor.chemistry.FormulaSyntaxException;
import org.nasse.advisor.chemistry.RomanNumerals;
import org.nasse.advisor.knowledge.Electrodes.Anode;
import org.nasse.advisor.knowledge.Electrodes.Cathode;
import org.nasse.advisor.knowledge.Electrodes.Catholyte;
import org.nasse.advisor.knowledge.Electrodes.Interlayer;

/**
 * The semantic checks, one method per kind of entry, and the field checks they share (conductivity
 * records are checked by {@link RecordValidator} with these).
 */
final class EntryValidator {
    private final KnowledgeLoader loader;
    private final Chemistry chemistry;
    private final Set<Integer> references;
    private final Set<String> literature;

    EntryValidator(KnowledgeLoader loader, Chemistry chemistry, Set<Integer> references, Set<String> literature) {
        this.loader = loader;
        this.chemistry = chemistry;
        this.references = references;
        this.literature = literature;
    }

    void host(Host h, String at) {
        loader.check(!h.id().isBlank(), HOSTS, at + "/id", "empty id");
        family(HOSTS, at + "/family", h.family());
        Formula f = balancedFormula(HOSTS, at + "/formula", h.formula());
        loader.check(h.naSites() > 0, HOSTS, at + "/naSites", "naSites must be positive");
        double mobileNa = h.sites().stream().filter(s -> s.site().equals("Na")).mapToDouble(Host.Site::amount).sum();
        loader.check(h.naSites() + 1e-9 >= mobileNa, HOSTS, at + "/naSites",
                "naSites " + h.naSites() + " is less than the Na on the site labelled Na (" + mobileNa + ")");
        loader.check(!h.sites().isEmpty(), HOSTS, at + "/sites", "a host needs its sites");
        Map<String, Double> bySite = new HashMap<>();
        double charge = 0;
        for (int i = 0; i < h.sites().size(); i++) {
            Host.Site s = h.sites().get(i);
            String sat = at + "/sites/" + i;
            boolean known = chemistry.table().element(s.element()).isPresent()
                    || chemistry.clusters().byName(s.element()).isPresent();
            loader.check(known, HOSTS, sat + "/element", "unknown element or cluster '" + s.element() + "'");
            loader.check(s.amount() > 0, HOSTS, sat + "/amount", "site amount must be positive");
            loader.check(s.oxidationState() >= -4 && s.oxidationState() <= 8, HOSTS, sat + "/oxidationState",
                    "impossible oxidation state " + s.oxidationState());
            loader.check(s.coordination() == null || RomanNumerals.parse(s.coordination()) > 0, HOSTS,
                    sat + "/coordination", "coordination must be a Roman numeral as in Shannon's table");
            refs(HOSTS, sat + "/refs", s.refs(), true);
            bySite.merge(s.element(), s.amount(), Double::sum);
            charge += s.amount() * s.oxidationState();
        }
        loader.check(Math.abs(charge) < 1e-6, HOSTS, at + "/sites", "site charges sum to " + round(charge) + ", not 0");
        for (var e : f.amounts().entrySet()) {
            double sites = bySite.getOrDefault(e.getKey(), 0.0);
            loader.check(Math.abs(sites - e.getValue().doubleValue()) < 1e-6, HOSTS, at + "/sites",
                    "sites hold " + round(sites) + " " + e.getKey() + " but the formula has " + e.getValue().toPlainString());
        }
        for (String element : bySite.keySet()) {
            loader.check(f.contains(element), HOSTS, at + "/sites", "site element " + element + " is not in the formula");
        }
        if (h.structure() != null) {
            refs(HOSTS, at + "/structure/refs", h.structure().refs(), true);
            if (h.structure().lattice() != null) {
                h.structure().lattice().forEach((k, val) -> loader.check(Set.of("a", "b", "c", "alpha", "beta", "gamma").contains(k)
                        && val != null && val > 0 && val < 200, HOSTS, at + "/structure/lattice/" + k,
                        "lattice parameter " + k + " = " + val + " is not a positive length (Å) or angle (°)"));
            }
        }
        Host.Conductivity c = h.conductivity();
        if (c != null) {
            sigma(HOSTS, at + "/conductivity/sigmaSPerCm", c.sigmaSPerCm());
            temperature(HOSTS, at + "/conductivity/temperatureC", c.temperatureC());
            ea(HOSTS, at + "/conductivity/eaEV", c.eaEV());
            refs(HOSTS, at + "/conductivity/refs", c.refs(), false);
        }
        behaviour(at + "/moisture", h.moisture(), MOISTURE);
        behaviour(at + "/naMetal", h.naMetal(), NA_METAL);
        if (h.oxidationLimit() != null) {
            volts(HOSTS, at + "/oxidationLimit/volts", h.oxidationLimit().volts());
            refs(HOSTS, at + "/oxidationLimit/refs", h.oxidationLimit().refs(), h.oxidationLimit().note() != null);
        }
        if (h.synthesis() != null) {
            if (h.synthesis().temperatureC() != null) {
                temperature(HOSTS, at + "/synthesis/temperatureC", h.synthesis().temperatureC());
            }
            refs(HOSTS, at + "/synthesis/refs", h.synthesis().refs(), h.synthesis().note() != null);
        }
    }

    void series(DopingSeries s, String at) {
        family(SERIES, at + "/family", s.family());
        loader.check(Set.of("raises", "lowers", "optimum", "unclear").contains(s.direction()), SERIES, at + "/direction",
                "direction must be raises, lowers, optimum or unclear, not '" + s.direction() + "'");
        refs(SERIES, at + "/refs", s.refs(), s.note() != null);
        for (int k = 0; k < s.points().size(); k++) {
            DopingSeries.Point p = s.points().get(k);
            String pat = at + "/points/" + k;
            if (p.composition() != null) {
                balancedFormula(SERIES, pat + "/composition", p.composition());
            }
            if (p.sigmaSPerCm() != null) {
                sigma(SERIES, pat + "/sigmaSPerCm", p.sigmaSPerCm());
            }
            if (p.temperatureC() != null) {
                temperature(SERIES, pat + "/temperatureC", p.temperatureC());
            }
            refs(SERIES, pat + "/refs", p.refs(), true);
        }
        if (s.optimum() != null) {
            refs(SERIES, at + "/optimum/refs", s.optimum().refs(), true);
        }
    }

    void cathode(Cathode c, String at) {
        parses(CATHODES, at + "/formula", c.formula());
        if (c.voltageV() != null) {
            volts(CATHODES, at + "/voltageV", c.voltageV());
        }
        if (c.voltageWindowV() != null) {
            loader.check(c.voltageWindowV().size() == 2 && c.voltageWindowV().get(0) < c.voltageWindowV().get(1),
                    CATHODES, at + "/voltageWindowV", "voltageWindowV must be [low, high]");
        }
        if (c.capacityMAhPerG() != null) {
            loader.check(c.capacityMAhPerG() > 0 && c.capacityMAhPerG() <= 3000, CATHODES, at + "/capacityMAhPerG",
                    "impossible capacity " + c.capacityMAhPerG() + " mAh/g");
            loader.check(Set.of("theoretical", "practical").contains(String.valueOf(c.capacityKind())), CATHODES,
                    at + "/capacityKind", "capacityKind must be theoretical or practical");
        }
        // every number says where it came from
        provenance(at + "/voltage", c.voltageV() != null || c.voltageWindowV() != null, c.voltage());
        provenance(at + "/capacity", c.capacityMAhPerG() != null, c.capacity());
        provenance(at + "/theoreticalCapacity", c.theoreticalCapacityMAhPerG() != null, c.theoreticalCapacity());
        provenance(at + "/practicalCapacity", c.practicalCapacityMAhPerG() != null, c.practicalCapacity());
        refs(CATHODES, at + "/refs", c.refs(), c.note() != null);
    }

    private void provenance(String at, boolean needed, Electrodes.Provenance p) {
        if (!needed) {
            return;
        }
        loader.check(p != null, CATHODES, at, "a number needs its provenance (source, refs or cites, quote)");
        loader.check(Set.of("review", "literature").contains(p.source()), CATHODES, at + "/source",
                "source must be review or literature");
        if (p.source().equals("review")) {
            refs(CATHODES, at + "/refs", p.refs(), false);
        } else {
            loader.check(!p.cites().isEmpty(), CATHODES, at + "/cites", "a literature value cites its paper");
            for (int k = 0; k < p.cites().size(); k++) {
                loader.check(literature.contains(p.cites().get(k)), CATHODES, at + "/cites/" + k,
                        "'" + p.cites().get(k) + "' is not in " + LITERATURE);
            }
        }
    }

    void anode(Anode a, String at) {
        parses(ANODES, at + "/formula", a.formula());
        refs(ANODES, at + "/refs", a.refs(), a.note() != null);
    }

    void interlayer(Interlayer i, String at) {
        loader.check(SIDES.contains(i.side()), INTERLAYERS, at + "/side", "side must be anode or cathode, not '" + i.side() + "'");
        for (int k = 0; k < i.worksWith().size(); k++) {
            family(INTERLAYERS, at + "/worksWith/" + k, i.worksWith().get(k));
        }
        refs(INTERLAYERS, at + "/refs", i.refs(), i.note() != null);
    }

    void catholyte(Catholyte c, String at) {
        parses(CATHOLYTES, at + "/formula", c.formula());
        family(CATHOLYTES, at + "/family", c.family());
        if (c.oxidationLimitV() != null) {
            volts(CATHOLYTES, at + "/oxidationLimitV", c.oxidationLimitV());
        }
        refs(CATHOLYTES, at + "/refs", c.refs(), c.note() != null);
    }

    void cell(DemonstratedCell c, String at, Set<String> hostIds) {
        loader.check(c.electrolyteHost() == null || hostIds.contains(c.electrolyteHost()), CELLS, at + "/electrolyteHost",
                "no host with id '" + c.electrolyteHost() + "'");
        if (c.firstCycleCapacityMAhPerG() != null) {
            loader.check(c.firstCycleCapacityMAhPerG() > 0 && c.firstCycleCapacityMAhPerG() <= 3000, CELLS,
                    at + "/firstCycleCapacityMAhPerG", "impossible capacity " + c.firstCycleCapacityMAhPerG());
        }
        if (c.retentionPercent() != null) {
            loader.check(c.retentionPercent() > 0 && c.retentionPercent() <= 110, CELLS, at + "/retentionPercent",
                    "impossible retention " + c.retentionPercent() + " %");
        }
        loader.check(c.cycles() == null || c.cycles() > 0, CELLS, at + "/cycles", "cycles must be positive");
        if (c.temperatureC() != null) {
            temperature(CELLS, at + "/temperatureC", c.temperatureC());
        }
        loader.check(c.loadingMgPerCm2() == null || (c.loadingMgPerCm2() > 0 && c.loadingMgPerCm2() < 1000), CELLS,
                at + "/loadingMgPerCm2", "impossible loading " + c.loadingMgPerCm2());
        refs(CELLS, at + "/refs", c.refs(), false);
    }

    Formula parses(String file, String at, String text) {
        if (text == null) {
            return null;
        }
        try {
            return chemistry.parse(text);
        } catch (FormulaSyntaxException e) {
            throw loader.fail(file, at, "formula does not parse: " + e.getMessage());
        }
    }

    Formula balancedFormula(String file, String at, String text) {
        Formula f = parses(file, at, text);
        ChargeBalance b = chemistry.balance(f);
        loader.check(b.balanced(), file, at, "formula " + text + " does not charge-balance (residual "
                + b.residualCharge() + ")");
        return f;
    }

    void family(String file, String at, String label) {
        loader.check(Family.fromLabel(label).filter(f -> f != Family.UNKNOWN && f != Family.OXIDE).isPresent(), file, at,
                "unknown family '" + label + "' (sulfide, nasicon, halide, complex-hydride, anti-perovskite, "
                        + "layered-oxide, beta-alumina)");
    }

    private void behaviour(String at, Host.Behaviour b, Set<String> allowed) {
        if (b == null) {
            return;
        }
        loader.check(allowed.contains(b.behaviour()), HOSTS, at + "/behaviour",
                "behaviour '" + b.behaviour() + "' is not one of " + allowed.stream().sorted().toList());
        refs(HOSTS, at + "/refs", b.refs(), b.note() != null);
    }

    void sigma(String file, String at, double sigma) {
        loader.check(sigma > 0 && sigma <= 10, file, at, "impossible conductivity " + sigma + " S/cm");
    }

    void temperature(String file, String at, double t) {
        loader.check(t >= -100 && t <= 2000, file, at, "impossible temperature " + t + " °C");
    }

    void ea(String file, String at, Double ea) {
        loader.check(ea == null || (ea > 0 && ea <= 3), file, at, "impossible activation energy " + ea + " eV");
    }

    void volts(String file, String at, double v) {
        loader.check(v > 0 && v <= 12, file, at, "impossible voltage " + v + " V");
    }

    /** Every ref must be in the bibliography; an empty list only where a note explains it. */
    void refs(String file, String at, List<Integer> refs, boolean emptyAllowed) {
        if (refs == null || refs.isEmpty()) {
            loader.check(emptyAllowed, file, at, "refs are required (the review's reference numbers)");
            return;
        }
        for (int i = 0; i < refs.size(); i++) {
            loader.check(refs.get(i) != null && references.contains(refs.get(i)), file, at + "/" + i,
                    "ref " + refs.get(i) + " is not in " + REFERENCES);
        }
    }

    private static String round(double x) {
        return java.math.BigDecimal.valueOf(Math.round(x * 1e6) / 1e6).stripTrailingZeros().toPlainString();
    }
}
