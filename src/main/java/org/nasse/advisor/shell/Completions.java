package org.nasse.advisor.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.nasse.advisor.chemistry.Element;
import org.nasse.advisor.chemistry.Family;
import org.nasse.advisor.knowledge.Host;
import org.nasse.advisor.knowledge.KnowledgeBase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.command.CommandOption;
import org.springframework.shell.command.CommandRegistration;
import org.springframework.shell.completion.CompletionProvider;
import org.springframework.shell.completion.CompletionResolver;

/**
 * Tab completion of option values, named in each option's {@code @OptionValues(provider = ...)}:
 * host ids, compositions built element by element, scenario and CSV files, target names and values.
 * Each proposal is a whole word; the line reader keeps those that start with what is typed.
 */
@Configuration(proxyBeanMethods = false)
public class Completions {
    private final Workbench workbench;

    public Completions(Workbench workbench) {
        this.workbench = workbench;
    }

    @Bean
    CompletionProvider hostIds() {
        return ctx -> proposals(workbench.knowledge().hosts().stream().map(Host::id));
    }

    /**
     * A composition: the hosts and reported compositions that start with what is typed, and what is
     * typed followed by each element symbol (Na3Sb + S → Na3SbS), so a formula can be built by Tab.
     */
    @Bean
    CompletionProvider formulas() {
        return ctx -> {
            KnowledgeBase kb = workbench.knowledge();
            String typed = word(ctx);
            Set<String> out = new LinkedHashSet<>();
            kb.hosts().forEach(h -> out.add(h.formula()));
            kb.records().forEach(r -> out.add(r.composition()));
            if (!typed.isEmpty()) {
                // complete a half-typed symbol (Na3S → Na3Sb, Na3Se, ...) or start the next one
                String stem = typed.matches(".*[A-Z]$") ? typed.substring(0, typed.length() - 1) : typed;
                String partial = typed.matches(".*[A-Z]$") ? typed.substring(typed.length() - 1) : "";
                kb.chemistry().table().all().stream().filter(e -> !e.commonOxidationStates().isEmpty())
                        .map(Element::symbol).filter(s -> s.startsWith(partial))
                        .forEach(s -> out.add(stem + s));
            }
            return proposals(out.stream());
        };
    }

    @Bean
    CompletionProvider scenarioFiles() {
        return ctx -> files(word(ctx), p -> p.endsWith(".yaml") || p.endsWith(".yml"), "scenarios/");
    }

    @Bean
    CompletionProvider tableFiles() {
        return ctx -> files(word(ctx), p -> p.endsWith(".csv") || p.endsWith(".yaml") || p.endsWith(".yml"), "");
    }

    @Bean
    CompletionProvider reportFormats() {
        return ctx -> proposals(PlanningCommands.FORMATS.stream());
    }

    @Bean
    CompletionProvider knowledgeKinds() {
        return ctx -> proposals(KnowledgeCommand.KINDS.stream());
    }

    @Bean
    CompletionProvider targetKeys() {
        return ctx -> proposals(SessionTargets.KEYS.keySet().stream().sorted());
    }

    /** The values a target takes, for the key being set. */
    @Bean
    CompletionProvider targetValues() {
        return ctx -> {
            // the words after `target set`: the key follows --key, or is the first word given by position
            List<String> words = ctx.getWords();
            String key = "";
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                if (w.equals("--key") && i + 1 < words.size()) {
                    key = words.get(i + 1);
                    break;
                }
                if (key.isEmpty() && i != ctx.getWordIndex() && !w.isBlank() && !w.startsWith("--")
                        && (i == 0 || !words.get(i - 1).startsWith("--"))) {
                    key = w;
                }
            }
            KnowledgeBase kb = workbench.knowledge();
            return switch (key) {
                case "excludeElements" -> symbolList(word(ctx), kb.chemistry().table().all().stream().map(Element::symbol).toList());
                case "families" -> symbolList(word(ctx), Arrays.stream(Family.values()).map(Family::label).filter(l -> !l.equals("unknown")).toList());
                case "cathode" -> proposals(kb.cathodes().stream().map(c -> c.name()));
                default -> { // the choices SessionTargets lists for the key (required|preferred|ignore, true|false …)
                    String hint = SessionTargets.KEYS.getOrDefault(key, "");
                    yield hint.contains("|") ? proposals(Arrays.stream(hint.split("\\|"))) : List.of();
                }
            };
        };
    }

    /**
     * Spring Shell completes an option's value only after its --name; options also take their values
     * by position (analyze Na3Sb<Tab>, target set excl<Tab>), so the word is matched to the next
     * option not yet named and that option's provider is asked.
     */
    @Bean
    CompletionResolver positionalValues() {
        return ctx -> {
            CommandRegistration command = ctx.getCommandRegistration();
            List<String> words = ctx.getWords();
            int at = ctx.getWordIndex();
            if (command == null || at < 0 || at >= words.size() || words.get(at).startsWith("-") || isOptionValue(command, words, at)) {
                return List.of();
            }
            Set<CommandOption> named = new LinkedHashSet<>();
            int positional = 0;
            for (int i = 0; i < at; i++) {
                String w = words.get(i);
                if (w.startsWith("--")) {
                    option(command, w).ifPresent(named::add);
                } else if (!w.isBlank() && !isOptionValue(command, words, i)) {
                    positional++;
                }
            }
            List<CommandOption> free = command.getOptions().stream().filter(o -> o.getPosition() >= 0 && !named.contains(o))
                    .sorted(Comparator.comparingInt(CommandOption::getPosition)).toList();
            // each free option takes as many positional words as its arity allows (score takes them all)
            CommandOption target = null;
            int before = positional;
            for (CommandOption o : free) {
                int takes = Math.max(1, o.getArityMax());
                if (before < takes) {
                    target = o;
                    break;
                }
                before -= takes;
            }
            if (target == null || target.getCompletion() == null) {
                return List.of();
            }
            return target.getCompletion().apply(ctx.commandOption(target));
        };
    }

    private static Optional<CommandOption> option(CommandRegistration command, String word) {
        String name = word.substring(2);
        return command.getOptions().stream().filter(o -> Arrays.asList(o.getLongNames()).contains(name)).findFirst();
    }

    /** Word {@code i} is the value of the named option before it (not a flag such as --json). */
    private static boolean isOptionValue(CommandRegistration command, List<String> words, int i) {
        return i > 0 && words.get(i - 1).startsWith("--") && option(command, words.get(i - 1))
                .map(o -> o.getArityMax() != 0 && !o.getType().resolve(Object.class).equals(boolean.class)).orElse(false);
    }

    private static String word(CompletionContext ctx) {
        String w = ctx.currentWordUpToCursor();
        return w == null ? "" : w;
    }

    private static List<CompletionProposal> proposals(Stream<String> values) {
        return values.distinct().map(CompletionProposal::new).toList();
    }

    /** The typed list with one more item: every item not already in it. */
    private static List<CompletionProposal> symbolList(String typed, List<String> items) {
        int comma = typed.lastIndexOf(',');
        String head = comma < 0 ? "" : typed.substring(0, comma + 1);
        Set<String> used = new LinkedHashSet<>(Arrays.asList(head.split(",")));
        return proposals(items.stream().filter(s -> !used.contains(s)).map(s -> head + s));
    }

    /** Files in the typed directory (or {@code fallbackDir} when nothing is typed) that pass, plus subdirectories. */
    private static List<CompletionProposal> files(String typed, Predicate<String> wanted, String fallbackDir) {
        String dirPart = typed.isEmpty() ? fallbackDir : typed.contains("/") ? typed.substring(0, typed.lastIndexOf('/') + 1) : "";
        Path dir = Path.of(dirPart.isEmpty() ? "." : dirPart);
        List<String> out = new ArrayList<>();
        if (typed.isEmpty() && !fallbackDir.isEmpty()) {
            out.add(fallbackDir);
        }
        try (Stream<Path> s = Files.list(dir)) {
            s.sorted().forEach(p -> {
                String name = dirPart + p.getFileName();
                if (Files.isDirectory(p)) {
                    out.add(name + "/");
                } else if (wanted.test(name)) {
                    out.add(name);
                }
            });
        } catch (IOException e) {
            // no such directory: nothing to propose
        }
        return proposals(out.stream());
    }
}
