package org.nasse.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nasse.advisor.TestRules;
import org.nasse.advisor.advice.Advisor;
import org.nasse.advisor.advice.Assessment;
import org.nasse.advisor.analysis.Analysis;
import org.nasse.advisor.bench.CompositionGenerator;
import org.nasse.advisor.chemistry.FormulaSyntaxException;
import org.nasse.advisor.knowledge.Electrodes;
import org.nasse.advisor.knowledge.Host;
import org.nasse.advisor.knowledge.KnowledgeBase;
import org.nasse.advisor.knowledge.LiteratureRecord;
import org.nasse.advisor.knowledge.LiteratureSource;

/**
 * Every finding carries its sources in the data, not only in its text: the real rules over every host,
 * every record, every electrode and catholyte formula, the review's own formulas and generated dopings
 * of every host. Each finding has refs or cites, and every citation its message makes — "[116]",
 * "[58-60]", a literature key, "§4.5.2" — is in them.
 */
class FindingSourcesTest {
    /**
     * Rules whose findings genuinely have no source, and why. Keep this short: a rule with a source
     * belongs in @refs/@cites.
     */
    static final Map<String, String> NO_SOURCE = Map.of(
            "charge-not-compensated-on-na", "the advisor's own bookkeeping check of the Na count against the substitutions");

    /** A § citation may stand without refs only where its own clause says the review gives none there. */
    private static final Pattern SECTION = Pattern.compile("§(\\d+(?:\\.\\d+)*)([^);]*)");
    private static final Pattern NO_REFERENCE = Pattern.compile("no reference|without a number");
    /** [116], [58-60], [87,92], [33,117-119]; not a lattice site such as [ZrO6]. */
    private static final Pattern BRACKETS = Pattern.compile("\\[(\\d+(?:\\s*[-–,]\\s*\\d+)*)]");

    private static final Advisor ADVISOR = TestRules.advisor();
    private static List<Assessment> assessments;
    private static Map<String, Set<Integer>> sectionRefs;

    @BeforeAll
    static void assessABroadSet() throws IOException {
        KnowledgeBase kb = ADVISOR.knowledge();
        Set<String> formulas = new LinkedHashSet<>();
        kb.hosts().stream().map(Host::formula).forEach(formulas::add);
        kb.records().stream().map(LiteratureRecord::composition).forEach(formulas::add);
        kb.cathodes().stream().map(Electrodes.Cathode::formula).filter(f -> f != null).forEach(formulas::add);
        kb.anodes().stream().map(Electrodes.Anode::formula).filter(f -> f != null).forEach(formulas::add);
        kb.catholytes().stream().map(Electrodes.Catholyte::formula).filter(f -> f != null).forEach(formulas::add);
        for (String line : Files.readAllLines(Path.of("src/test/resources/review-formulas.tsv"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isBlank() && !line.startsWith("typed\t")) {
                formulas.add(line.split("\t")[0]);
            }
        }
        CompositionGenerator generated = new CompositionGenerator(kb, 19);
        for (int i = 0; i < 4000; i++) {
            formulas.add(generated.next());
        }
        // hosts doped on two sites at once, and past every reported optimum
        for (DopantOptimum o : ADVISOR.optima()) {
            formulas.add(o.composition());
        }
        List<Analysis> analyses = new ArrayList<>();
        for (String f : formulas) {
            try {
                analyses.add(ADVISOR.analyzer().analyze(f));
            } catch (FormulaSyntaxException notAFormula) {
                // the review's composites and misprints: nothing to assess
            }
        }
        assessments = ADVISOR.assessAll(analyses);
        sectionRefs = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/review-section-refs.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] p = line.split("\t", -1);
            Set<Integer> refs = new TreeSet<>();
            for (String n : p[1].split(",")) {
                if (!n.isBlank()) {
                    refs.add(Integer.valueOf(n));
                }
            }
            sectionRefs.put(p[0], refs);
        }
    }

    private static List<Finding> findings() {
        return assessments.stream().flatMap(a -> a.findings().stream()).toList();
    }

    @Test
    void theBroadSetFiresEveryRule() {
        Set<String> fired = new TreeSet<>();
        findings().forEach(f -> fired.add(f.rule()));
        Set<String> loaded = new TreeSet<>();
        ADVISOR.rules().rules().forEach(r -> loaded.add(r.name()));
        assertThat(fired).as("rules that never fired on the broad set").containsAll(loaded);
    }

    @Test
    void everyFindingHasRefsOrCitesUnlessItsRuleIsOnTheShortAllowList() {
        assertThat(NO_SOURCE).hasSizeLessThanOrEqualTo(3);
        for (Finding f : findings()) {
            if (!NO_SOURCE.containsKey(f.rule())) {
                assertThat(!f.refs().isEmpty() || !f.cites().isEmpty())
                        .as("%s on composition %d has neither refs nor cites: %s", f.rule(), f.composition(), f.message()).isTrue();
            }
        }
    }

    @Test
    void sourcesExistInTheBibliographies() {
        KnowledgeBase kb = ADVISOR.knowledge();
        for (Finding f : findings()) {
            assertThat(f.refs()).as(f.rule()).allSatisfy(n -> assertThat(kb.reference(n)).as("reference %d", n).isPresent());
            assertThat(f.cites()).as(f.rule()).allSatisfy(k -> assertThat(kb.literature(k)).as("literature key %s", k).isPresent());
        }
    }

    @Test
    void everyReferenceNumberInAMessageIsInItsRefs() {
        Set<String> missing = new TreeSet<>(); // every offending rule and number at once, not the first
        for (Finding f : findings()) {
            Matcher m = BRACKETS.matcher(f.message());
            while (m.find()) {
                for (String part : m.group(1).split("\\s*,\\s*")) {
                    String[] ends = part.split("\\s*[-–]\\s*");
                    for (int n = Integer.parseInt(ends[0].trim()); n <= Integer.parseInt(ends[ends.length - 1].trim()); n++) {
                        if (!f.refs().contains(n)) {
                            missing.add(f.rule() + " cites [" + n + "] in its message but not in refs " + f.refs() + ": " + f.message());
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyLiteratureKeyInAMessageIsInItsCites() {
        List<String> keys = ADVISOR.knowledge().literature().stream().map(LiteratureSource::key).toList();
        int seen = 0;
        for (Finding f : findings()) {
            for (String key : keys) {
                if (Pattern.compile("\\b" + Pattern.quote(key) + "\\b").matcher(f.message()).find()) {
                    assertThat(f.cites()).as("%s names %s in its message but not in cites: %s", f.rule(), key, f.message()).contains(key);
                    seen++;
                }
            }
        }
        assertThat(seen).as("messages naming a paper outside the review (dopant series from literature records)").isPositive();
    }

    @Test
    void everySectionInAMessageIsBackedByThatSectionsReferencesOrSaysItHasNone() {
        int seen = 0;
        Set<String> unbacked = new TreeSet<>();
        for (Finding f : findings()) {
            Matcher m = SECTION.matcher(f.message());
            while (m.find()) {
                String section = m.group(1);
                Set<Integer> cited = new TreeSet<>();
                sectionRefs.forEach((s, refs) -> {
                    if (s.equals(section) || s.startsWith(section + ".")) {
                        cited.addAll(refs);
                    }
                });
                assertThat(sectionRefs.keySet().stream().anyMatch(s -> s.equals(section) || s.startsWith(section + ".")))
                        .as("§%s in %s is no section of the review", section, f.rule()).isTrue();
                boolean backed = f.refs().stream().anyMatch(cited::contains);
                boolean saysNone = NO_REFERENCE.matcher(m.group(2)).find();
                if (!backed && !saysNone) {
                    unbacked.add(f.rule() + " cites §" + section + " (whose text cites " + cited + ") but its refs are " + f.refs()
                            + " and it does not say the review gives no reference there: " + f.message());
                }
                seen++;
            }
        }
        assertThat(unbacked).isEmpty();
        assertThat(seen).isPositive();
    }
}
