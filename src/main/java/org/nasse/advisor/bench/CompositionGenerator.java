package org.nasse.advisor.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.nasse.advisor.chemistry.Element;
import org.nasse.advisor.chemistry.Formula;
import org.nasse.advisor.chemistry.PeriodicTable;
import org.nasse.advisor.knowledge.Host;
import org.nasse.advisor.knowledge.KnowledgeBase;

/**
 * Realistic compositions for benchmarks: a knowledge-base host with one dopant on one framework
 * site (an ion of the same or next charge whose radius is within 30 % of the host ion's), at 2-30 %
 * of the site, with Na adjusted to keep the charge. Seeded, so runs are comparable.
 */
public final class CompositionGenerator {
    private record Option(Host host, Host.Site site, String dopant, int state) {
    }

    private final List<Option> options = new ArrayList<>();
    private final Random random;

    public CompositionGenerator(KnowledgeBase kb, long seed) {
        this.random = new Random(seed);
        PeriodicTable table = kb.chemistry().table();
        for (Host h : kb.hosts()) {
            boolean simple = h.sites().stream().noneMatch(s -> Formula.isUnit(s.element()))
                    && h.sites().stream().filter(s -> s.site().equals("Na")).count() == 1
                    && h.sites().stream().filter(s -> s.element().equals("Na")).count() == 1;
            if (!simple) {
                continue;
            }
            for (Host.Site s : h.sites()) {
                if (s.site().equals("Na")) {
                    continue;
                }
                var hostRadius = table.radius(s.element(), s.oxidationState(), s.coordination() == null ? "VI" : s.coordination());
                if (hostRadius.isEmpty()) {
                    continue;
                }
                for (Element e : table.all()) {
                    if (e.symbol().equals(s.element()) || e.symbol().equals("Na") || h.formula().contains(e.symbol())) {
                        continue;
                    }
                    for (int q : e.commonOxidationStates()) {
                        if (Integer.signum(q) != Integer.signum(s.oxidationState()) || Math.abs(q - s.oxidationState()) > 1) {
                            continue;
                        }
                        var r = table.radius(e.symbol(), q, s.coordination() == null ? "VI" : s.coordination());
                        if (r.isPresent() && Math.abs(r.get().ionicRadius() - hostRadius.get().ionicRadius())
                                <= 0.3 * hostRadius.get().ionicRadius()) {
                            options.add(new Option(h, s, e.symbol(), q));
                        }
                    }
                }
            }
        }
    }

    public int variety() {
        return options.size();
    }

    public String next() {
        Option o = options.get(random.nextInt(options.size()));
        // amounts in thousandths, formatted with integer arithmetic (String.format would dominate the benchmark)
        long x = Math.max(1, Math.round(o.site.amount() * (0.02 + 0.28 * random.nextDouble()) * 1000));
        long na = 0;
        StringBuilder sb = new StringBuilder();
        for (Host.Site s : o.host.sites()) {
            if (s.site().equals("Na")) {
                na = Math.round(s.amount() * 1000) - (long) (o.state - o.site.oxidationState()) * x;
            }
        }
        if (na <= 0) {
            return o.host.formula();
        }
        for (Host.Site s : o.host.sites()) {
            if (s.site().equals("Na")) {
                sb.append("Na").append(num(na));
            } else if (s == o.site) {
                sb.append(s.element()).append(num(Math.round(s.amount() * 1000) - x)).append(o.dopant).append(num(x));
            } else {
                sb.append(s.element()).append(num(Math.round(s.amount() * 1000)));
            }
        }
        return sb.toString();
    }

    /** Thousandths as a decimal without trailing zeros: 2880 → "2.88", 3000 → "3". */
    static String num(long thousandths) {
        long whole = thousandths / 1000;
        long frac = thousandths % 1000;
        if (frac == 0) {
            return Long.toString(whole);
        }
        String f = Long.toString(1000 + frac).substring(1);
        while (f.endsWith("0")) {
            f = f.substring(0, f.length() - 1);
        }
        return whole + "." + f;
    }
}
