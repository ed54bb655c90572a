package org.nasse.advisor.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.shell.command.CommandCatalog;
import org.springframework.shell.command.CommandOption;
import org.springframework.shell.command.CommandParser;
import org.springframework.shell.command.CommandRegistration;
import org.springframework.shell.command.parser.ParserConfig;

/**
 * Options anywhere, through Spring Shell's own parser and the commands' real registrations: for every
 * command with a flag, the flag first, in the middle and last parse to the same values, with no error.
 */
@SpringBootTest(properties = "spring.shell.interactive.enabled=false")
class OptionOrderTest {
    /** Each command with a flag, and words that make a complete call of it (its flags left out). */
    static final Map<String, List<String>> CALLS = new LinkedHashMap<>();

    static {
        CALLS.put("analyze", List.of("Na3PS4", "--temperature", "80"));
        CALLS.put("score", List.of("Na3PS4", "Na3SbS4", "--temperature", "-20", "--out", "-"));
        CALLS.put("suggest", List.of("--host", "Na3PS4", "--top", "3"));
        CALLS.put("recommend", List.of("--scenario", "scenarios/no-sintering.yaml", "--top", "2"));
        CALLS.put("validate", List.of("--data", "mine.csv"));
        CALLS.put("calibrate", List.of());
        CALLS.put("knowledge", List.of("hosts"));
        CALLS.put("rules list", List.of());
        CALLS.put("bench score", List.of("--count", "100", "--warmup", "0"));
        CALLS.put("bench plan", List.of("--count", "100"));
        CALLS.put("bench recommend", List.of("--scenario", "scenarios/no-sintering.yaml"));
        CALLS.put("bench campaign", List.of("--host", "Na3PS4", "--batch", "2"));
    }

    @Autowired
    CommandCatalog catalog;

    private Map<String, CommandRegistration> registrations() {
        return catalog.getRegistrations();
    }

    /** What the shell makes of the words once reordered: option values by name, or the errors. */
    private Map<String, Object> parse(List<String> words) {
        List<String> canonical = OptionOrder.canonical(words, registrations());
        var results = CommandParser.of(new DefaultConversionService(), registrations(), new ParserConfig())
                .parse(canonical.toArray(String[]::new));
        Map<String, Object> values = new LinkedHashMap<>();
        if (!results.errors().isEmpty()) {
            values.put("errors", results.errors().stream().map(Throwable::getMessage).toList());
            return values;
        }
        // a many-valued option parses to an array: compare its contents
        results.results().forEach(r -> values.put(r.option().getLongNames()[0],
                r.value() instanceof Object[] many ? Arrays.asList(many) : r.value()));
        return new java.util.TreeMap<>(values);
    }

    private static List<String> words(String command, List<String> before, List<String> after) {
        List<String> w = new ArrayList<>(Arrays.asList(command.split(" ")));
        w.addAll(before);
        w.addAll(after);
        return w;
    }

    private static boolean isFlag(CommandOption o) {
        Class<?> t = o.getType() == null ? Object.class : o.getType().resolve(Object.class);
        return t == boolean.class || t == Boolean.class;
    }

    @Test
    void everyCommandWithAFlagIsCovered() {
        Set<String> flagged = new TreeSet<>();
        registrations().forEach((name, r) -> {
            if (r.getOptions().stream().anyMatch(OptionOrderTest::isFlag)) {
                flagged.add(name);
            }
        });
        assertThat(flagged).isEqualTo(new TreeSet<>(CALLS.keySet()));
    }

    @Test
    void flagsTakeNoValueWhereverTheyAre() {
        CALLS.forEach((command, args) -> {
            for (CommandOption flag : registrations().get(command).getOptions()) {
                if (!isFlag(flag) || (command.equals("score") && !flag.getLongNames()[0].equals("json"))) {
                    continue;
                }
                String f = "--" + flag.getLongNames()[0];
                Map<String, Object> last = parse(words(command, args, List.of(f)));
                assertThat(last).as(command + " ... " + f).doesNotContainKey("errors").containsEntry(flag.getLongNames()[0], true);
                assertThat(parse(words(command, List.of(f), args))).as(command + " " + f + " ...").isEqualTo(last);
                for (int i = 1; i < args.size(); i++) {
                    List<String> mid = new ArrayList<>(args.subList(0, i));
                    mid.add(f);
                    mid.addAll(args.subList(i, args.size()));
                    if (!mid.get(i - 1).startsWith("--")) { // not between an option and its value
                        assertThat(parse(words(command, mid, List.of()))).as(String.join(" ", mid)).isEqualTo(last);
                    }
                }
            }
        });
    }

    @Test
    void theIssuesExamples() {
        Map<String, Object> a = parse(List.of("score", "--json", "Na3PS4", "Na3SbS4"));
        assertThat(a).containsEntry("json", true).containsEntry("formulas", List.of("Na3PS4", "Na3SbS4"));
        assertThat(parse(List.of("score", "Na3PS4", "--json", "Na3SbS4"))).isEqualTo(a);
        assertThat(parse(List.of("analyze", "--json", "Na3PS4"))).containsEntry("json", true).containsEntry("formula", "Na3PS4");
        // a valued option before the compositions no longer swallows them
        assertThat(parse(List.of("score", "--out", "x.csv", "A", "B", "--csv")))
                .containsEntry("out", "x.csv").containsEntry("csv", true).containsEntry("formulas", List.of("A", "B"));
        assertThat(parse(List.of("score", "--temperature", "-20", "--jsonl", "A")))
                .containsEntry("temperature", -20.0).containsEntry("jsonl", true).containsEntry("formulas", List.of("A"));
        assertThat(parse(List.of("knowledge", "--json", "hosts"))).containsEntry("kind", "hosts");
    }

    @Test
    void aBadOptionIsOneErrorNamingIt() {
        assertThat(parse(List.of("analyze", "--bogus", "Na3PS4"))).containsEntry("errors", List.of("Unrecognised option '--bogus'"));
        assertThat(parse(List.of("score", "--json", "--bogus", "A", "B"))).containsEntry("errors", List.of("Unrecognised option '--bogus'"));
    }

    @Test
    void linesWithoutOptionsOrCommandsAreLeftAlone() {
        List<String> w = List.of("target", "set", "minConductivity", "1e-3");
        assertThat(OptionOrder.canonical(w, registrations())).isSameAs(w);
        List<String> unknown = List.of("nosuch", "--json", "x");
        assertThat(OptionOrder.canonical(unknown, registrations())).isSameAs(unknown);
        assertThat(OptionOrder.canonical(List.of("score", "--json", "A", "--", "--B"), registrations()))
                .containsExactly("score", "A", "--json", "--", "--B");
    }

    /** Lines the shell accepts pass the check; each kind of bad line is caught with its own message. */
    @Test
    void commandLineCheckPassesGoodLinesAndNamesWhatIsWrongWithBadOnes() {
        var r = registrations();
        CALLS.forEach((command, args) -> assertThat(CommandLineCheck.problem(command, r.get(command), args)).as(command).isNull());
        assertThat(CommandLineCheck.problem("rules list", r.get("rules list"), List.of("--json", ""))).as("trailing space").isNull();
        assertThat(CommandLineCheck.problem("score", r.get("score"), List.of("A", "--out", ""))).isEqualTo(
                "--out needs a value: write to this file (atomically, when complete); - for stdout");
        assertThat(CommandLineCheck.problem("rules list", r.get("rules list"), List.of("x"))).isEqualTo("unexpected 'x': usage: rules list [--json]");
        assertThat(CommandLineCheck.problem("suggest", r.get("suggest"), List.of("Na3PS4", "--top", "1.5")))
                .isEqualTo("--top needs a whole number, not '1.5' (how many)");
        assertThat(CommandLineCheck.problem("bench score", r.get("bench score"), List.of("--count", "10", "--count", "20")))
                .isEqualTo("--count is given twice");
        assertThat(CommandLineCheck.problem("target set", r.get("target set"), List.of("minConductivity", "1e-3"))).isNull();
        assertThat(CommandLineCheck.problem("analyze", r.get("analyze"), List.of("Na3PS4", "--temperature", "NaN")))
                .startsWith("--temperature needs a number, not 'NaN'");
    }
}
