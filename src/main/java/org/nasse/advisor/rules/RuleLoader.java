package org.nasse.advisor.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.conf.SequentialOption;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.rule.Rule;
import org.nasse.advisor.knowledge.SourceDirectory;

/**
 * Compiles rules/*.drl (from the working directory, $ADVISOR_RULES_DIR, or the jar's copy) into a
 * KieBase, reporting every DRL error with its file, line and column (../shared/STACK.md §3).
 */
public final class RuleLoader {
    /** The rule files packaged in the jar (the jar cannot list a directory). */
    public static final List<String> PACKAGED = List.of(
            "lattice-transport.drl", "stability.drl", "interfaces.drl", "processing.drl", "substitution.drl");
    private static final Pattern COLUMN = Pattern.compile("Line (\\d+):(\\d+)|\\[Line: (\\d+), Column: (\\d+)\\]");

    private RuleLoader() {
    }

    public static SourceDirectory locate() {
        return SourceDirectory.locate("rules", "ADVISOR_RULES_DIR");
    }

    /** Loads the rules, from the compiled-rule cache when the rule files are unchanged. */
    public static RuleSet load(SourceDirectory dir) {
        Map<String, String> sources = read(dir);
        if (sources.isEmpty()) {
            throw new RuleBuildException(List.of(new RuleIssue(dir.describe(""), 0, 0, "ERROR", "no .drl files")));
        }
        String key = RuleCache.key(sources);
        var cached = RuleCache.read(key);
        if (cached.isPresent()) {
            return new RuleSet(cached.get(), describe(cached.get(), sources, dir), dir);
        }
        RuleSet compiled = compile(dir, sources);
        RuleCache.write(key, compiled.base().getKiePackages());
        return compiled;
    }

    /**
     * Sequential mode: each composition's facts go in once and the rules fire once, without
     * re-evaluation, since no consequence inserts or modifies a fact (findings go to a global).
     * A constraint is compiled to bytecode after 1,000 evaluations rather than Drools' 20: a one-shot
     * command evaluates each a few hundred times (the knowledge base's records), too few to repay
     * generating a class per constraint (80 ms of `analyze`), while a batch passes 1,000 in its first chunk.
     */
    static final int JIT_AFTER = 1_000;

    static KieBaseConfiguration configuration() {
        KieBaseConfiguration conf = KieServices.Factory.get().newKieBaseConfiguration();
        conf.setOption(SequentialOption.YES);
        conf.setOption(org.kie.internal.conf.ConstraintJittingThresholdOption.get(JIT_AFTER));
        return conf;
    }

    /** Compiles the rules afresh (no cache): what `rules check` runs. */
    public static RuleSet compile(SourceDirectory dir) {
        Map<String, String> sources = read(dir);
        if (sources.isEmpty()) {
            throw new RuleBuildException(List.of(new RuleIssue(dir.describe(""), 0, 0, "ERROR", "no .drl files")));
        }
        return compile(dir, sources);
    }

    private static RuleSet compile(SourceDirectory dir, Map<String, String> sources) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId rid = ks.newReleaseId("org.nasse", "rules-" + UUID.randomUUID(), "1.0.0");
        kfs.generateAndWritePomXML(rid);
        Map<String, String> vpathToFile = new HashMap<>();
        sources.forEach((name, text) -> {
            vpathToFile.put("rules/" + name, dir.describe(name));
            kfs.write("src/main/resources/rules/" + name, text);
        });
        KieBuilder kb = ks.newKieBuilder(kfs).buildAll();
        List<RuleIssue> errors = new ArrayList<>();
        for (Message m : kb.getResults().getMessages(Message.Level.ERROR)) {
            if (m.getText().startsWith("Parser returned a null Package")) {
                continue; // follow-up noise of a syntax error
            }
            String file = vpathToFile.getOrDefault(m.getPath(), String.valueOf(m.getPath()));
            errors.add(new RuleIssue(file, Math.max(m.getLine(), 0), column(m), m.getLevel().name(),
                    m.getText().replaceAll("\\s+", " ").trim()));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(RuleIssue::file).thenComparingInt(RuleIssue::line));
            throw new RuleBuildException(errors);
        }
        KieBase base = ks.newKieContainer(rid).newKieBase(configuration());
        return new RuleSet(base, describe(base, sources, dir), dir);
    }

    private static Map<String, String> read(SourceDirectory dir) {
        Map<String, String> sources = new LinkedHashMap<>();
        try {
            if (dir.isPackaged()) {
                for (String name : PACKAGED) {
                    try (InputStream in = RuleLoader.class.getClassLoader().getResourceAsStream("rules/" + name)) {
                        if (in != null) {
                            sources.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
            } else {
                List<Path> drls;
                try (Stream<Path> s = Files.list(dir.path())) {
                    drls = s.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
                }
                for (Path p : drls) {
                    sources.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new RuleBuildException(List.of(new RuleIssue(dir.describe(""), 0, 0, "ERROR", "cannot read: " + e.getMessage())));
        }
        return sources;
    }

    /** Message.getColumn() is always 0; the 0-based column is only in the text. */
    static int column(Message m) {
        Matcher x = COLUMN.matcher(m.getText());
        return x.find() ? Integer.parseInt(x.group(2) != null ? x.group(2) : x.group(4)) + 1 : 0;
    }

    private static List<RuleInfo> describe(KieBase base, Map<String, String> sources, SourceDirectory dir) {
        List<RuleInfo> out = new ArrayList<>();
        base.getKiePackages().forEach(pkg -> {
            for (Rule r : pkg.getRules()) {
                Map<String, Object> meta = r.getMetaData();
                out.add(new RuleInfo(r.getName(), fileOf(r.getName(), sources), text(meta.get("heuristic")),
                        refs(meta.get("refs")), cites(meta.get("cites")), text(meta.get("effect")), text(meta.get("message"))));
            }
        });
        out.sort(Comparator.comparing(RuleInfo::file).thenComparing(RuleInfo::heuristic, Comparator.nullsLast(
                Comparator.comparingInt(RuleLoader::heuristicNumber))).thenComparing(RuleInfo::name));
        return out;
    }

    /** 10 for "H10"; 999 when there is none, so rules without a heuristic sort last. */
    static int heuristicNumber(String h) {
        try {
            return h == null ? 999 : Integer.parseInt(h.replaceAll("\\D", ""));
        } catch (NumberFormatException e) {
            return 999;
        }
    }

    private static String fileOf(String rule, Map<String, String> sources) {
        for (var e : sources.entrySet()) {
            if (e.getValue().contains("rule \"" + rule + "\"")) {
                return e.getKey();
            }
        }
        return "?";
    }

    static String text(Object o) {
        return o == null ? null : o.toString();
    }

    static List<Integer> refs(Object o) {
        if (o == null || o.toString().isBlank()) {
            return List.of();
        }
        return Arrays.stream(o.toString().split("[,\\s]+")).filter(s -> !s.isBlank()).map(Integer::valueOf).toList();
    }

    /** @cites("hayashi2019, wang2023"): keys of knowledge/literature.yaml. */
    static List<String> cites(Object o) {
        if (o == null || o.toString().isBlank()) {
            return List.of();
        }
        return Arrays.stream(o.toString().split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }
}
