package org.nasse.advisor.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nasse.advisor.knowledge.KnowledgeBase;
import org.nasse.advisor.knowledge.LiteratureRecord;
import org.nasse.advisor.analysis.Analysis;
import org.nasse.advisor.analysis.Analyzer;
import org.nasse.advisor.analysis.Substitution;

/**
 * The reported optimum of each (host, site, dopant) series, from the records: every record with a
 * single substitution, near room temperature, grouped by host site and dopant; the best σ gives x.
 * The review reports optimised compositions, so a series of one is still the reported optimum.
 * Built from the analysis of the records, so it lives with the rules that use it (analysis comes first).
 */
public final class DopantOptima {
    private DopantOptima() {
    }

    public static List<DopantOptimum> from(KnowledgeBase kb, Analyzer analyzer) {
        Map<String, List<Point>> series = new LinkedHashMap<>();
        for (LiteratureRecord r : kb.records()) {
            if (r.temperatureC() == null || Math.abs(r.temperatureC() - 25) > 10) {
                continue;
            }
            Analysis a = analyzer.analyze(r.composition());
            if (a.match().isEmpty() || a.match().get().substitutions().size() != 1) {
                continue;
            }
            Substitution s = a.match().get().substitutions().get(0);
            String key = a.match().get().host().id() + "|" + s.site() + "|" + s.dopant();
            series.computeIfAbsent(key, k -> new ArrayList<>()).add(new Point(s.fraction(), r));
        }
        List<DopantOptimum> out = new ArrayList<>();
        series.forEach((key, points) -> {
            Point best = points.stream().max(Comparator.comparingDouble(p -> p.record.sigmaSPerCm())).orElseThrow();
            String[] k = key.split("\\|");
            out.add(new DopantOptimum(k[0], k[1], k[2], best.fraction, best.record.sigmaSPerCm(),
                    best.record.temperatureC(), best.record.composition(), best.record.refs(),
                    best.record.cites(), points.size()));
        });
        return out;
    }

    private record Point(double fraction, LiteratureRecord record) {
    }
}
