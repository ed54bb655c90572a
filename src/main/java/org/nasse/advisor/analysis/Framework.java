package org.nasse.advisor.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nasse.advisor.chemistry.Formula;
import org.nasse.advisor.knowledge.Host;

/** A host's framework prepared for matching ({@link HostMatcher}): its mobile-Na site apart from the framework sites. */
final class Framework {
    final int index;
    final Host host;
    final double hostNa;
    final double naSites;
    final String naCoordination;
    final List<Host.Site> framework = new ArrayList<>();
    final Map<String, Double> frameworkTotals = new LinkedHashMap<>();
    final Map<String, Integer> firstSiteOf = new HashMap<>();
    final double anionCount;
    final double cationCount;
    /** Framework content per site label (P/Si: 3 in NZSP). */
    final Map<String, Double> siteContent = new LinkedHashMap<>();
    final Set<String> mainAnions;
    /** Every anion (element or unit) of the host. */
    final Set<String> anions = new java.util.HashSet<>();
    final Set<String> frameworkCations = new java.util.LinkedHashSet<>();

    /**
     * The composition is of this host's family when the family guess says so, or when it has exactly
     * the host's mixed anions: a doped Na2BH4NH2 is filed with it as an anti-perovskite, as the host is,
     * not read as NaBH4 with half of its BH4 replaced by NH2.
     */
    boolean ofFamily(ComparedComposition c) {
        if (host.family().equals(c.family().label())) {
            return true;
        }
        if (anions.size() < 2) {
            return false;
        }
        return c.anionElements().equals(anions);
    }

    /** True when the host itself puts {@code element} on the site labelled {@code site} (Si or P on P/Si). */
    boolean siteHolds(String site, String element) {
        for (Host.Site s : framework) {
            if (s.site().equals(site) && s.element().equals(element)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A host can explain a composition only if they share the main anion (or anion unit) and, where
     * the host has framework cations, at least one of them: Na3BS3 is no doping of Na3Sn2NaO6, NaBH4
     * none of NaAlH4.
     */
    boolean couldHost(ComparedComposition c) {
        boolean sharedAnion = false;
        for (String a : mainAnions) {
            sharedAnion |= c.mainAnions().contains(a);
        }
        if (!sharedAnion) {
            return false;
        }
        if (frameworkCations.isEmpty()) {
            return true;
        }
        for (String cation : frameworkCations) {
            if (c.amounts().containsKey(cation)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A doping keeps at least {@code minKept} of every framework site (anion sites included) with the
     * host's own elements of that site (P or Si on the P/Si site of NASICON): replacing a sublattice
     * wholesale (Se for all S, B for all Al) makes a different compound, not a substitution.
     */
    boolean keepsEverySite(Map<String, Double> c, double minKept) {
        for (var site : siteContent.entrySet()) {
            double kept = 0;
            for (Host.Site s : framework) {
                if (s.site().equals(site.getKey())) {
                    kept += s.element().equals("Na") ? s.amount()
                            : c.getOrDefault(s.element(), 0.0) * s.amount() / frameworkTotals.get(s.element());
                }
            }
            if (Math.min(kept, site.getValue()) < minKept * site.getValue() - 1e-9) {
                return false;
            }
        }
        return true;
    }

    /** How many of the composition's elements (Na aside) this framework has none of. */
    int missing(Map<String, Double> amounts) {
        int n = 0;
        for (String element : amounts.keySet()) {
            if (!element.equals("Na") && !frameworkTotals.containsKey(element)) {
                n++;
            }
        }
        return n;
    }

    Framework(int index, Host host, Formula formula) {
        this.index = index;
        this.host = host;
        double na = 0;
        String naCn = null;
        for (Host.Site s : host.sites()) {
            if (s.site().equals("Na")) {
                na += s.amount();
                naCn = naCn == null ? s.coordination() : naCn;
            } else {
                firstSiteOf.putIfAbsent(s.element(), framework.size());
                framework.add(s);
                frameworkTotals.merge(s.element(), s.amount(), Double::sum);
                siteContent.merge(s.site(), s.amount(), Double::sum);
                if (s.oxidationState() > 0 && !s.element().equals("Na")) {
                    frameworkCations.add(s.element());
                }
            }
        }
        Map<String, Double> anionCharge = new LinkedHashMap<>();
        for (Host.Site s : framework) {
            if (s.oxidationState() < 0) {
                anions.add(s.element());
                anionCharge.merge(s.element(), -s.oxidationState() * s.amount(), Double::sum);
            }
        }
        this.mainAnions = ComparedComposition.mainAnions(anionCharge);
        this.hostNa = na;
        this.cationCount = framework.stream().filter(x -> x.oxidationState() > 0).mapToDouble(Host.Site::amount).sum();
        this.anionCount = host.sites().stream().filter(x -> x.oxidationState() < 0).mapToDouble(Host.Site::amount).sum();
        this.naSites = host.naSites();
        this.naCoordination = naCn;
    }
}
