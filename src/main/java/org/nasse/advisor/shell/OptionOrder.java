package org.nasse.advisor.shell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.SyntaxError;
import org.jline.reader.impl.DefaultParser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.boot.NonInteractiveShellRunnerCustomizer;
import org.springframework.shell.command.CommandCatalog;
import org.springframework.shell.command.CommandOption;
import org.springframework.shell.command.CommandRegistration;

/**
 * Options and flags anywhere on the line: {@code score --json A B}, {@code score A --json B} and
 * {@code score A B --json} are the same command.
 * <p>
 * Spring Shell 3.4.1's parser gives an option every word that follows it whatever its arity (it reads
 * arityMax 0 as "no limit"), and takes positional values only after the last option, so
 * {@code score --json Na3PS4} failed with "Illegal option value 'Na3PS4' ... to type [boolean]" and
 * {@code score --out x.csv A B} wrote to a file named "x.csv,A,B". Before the shell parses a line, its
 * words are put in the one order that parser reads reliably: the command, its positional values, then
 * each option with its own values — none for a flag ({@code --json}, {@code --csv}, {@code --jsonl},
 * declared with arity zero), as many as a list option takes, one for any other option. Unknown options
 * take no value, so the shell still names them in its one-line error. Words after {@code --} stay last.
 * Applies to one-shot commands and to lines typed in the interactive shell; Tab completion sees the
 * line as typed.
 */
@Configuration(proxyBeanMethods = false)
public class OptionOrder {

    /** One-shot mode: the runner parses the program arguments with its own line parser. */
    @Bean
    NonInteractiveShellRunnerCustomizer optionOrderForArguments(ObjectProvider<CommandCatalog> catalog) {
        return runner -> runner.setLineParser(new Reordering(new DefaultParser(), catalog));
    }

    /** Interactive mode: the line reader's parser, when a line is accepted (not while completing). */
    @Bean
    static BeanPostProcessor optionOrderForTypedLines(ObjectProvider<CommandCatalog> catalog) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof Parser p && !(bean instanceof Reordering) ? new Reordering(p, catalog) : bean;
            }
        };
    }

    /** The words in the order the parser reads reliably (unchanged when there is no option, or no command). */
    static List<String> canonical(List<String> words, Map<String, CommandRegistration> registrations) {
        int k = commandLength(words, registrations);
        if (k == 0) {
            return words;
        }
        CommandRegistration command = registrations.get(String.join(" ", words.subList(0, k)));
        List<String> positional = new ArrayList<>();
        List<String> options = new ArrayList<>();
        List<String> rest = List.of();
        for (int i = k; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals("--")) {
                rest = words.subList(i, words.size());
                break;
            }
            if (!looksLikeOption(w)) {
                positional.add(w);
                continue;
            }
            options.add(w);
            int takes = values(command, w);
            while (takes > 0 && i + 1 < words.size() && !looksLikeOption(words.get(i + 1)) && !words.get(i + 1).equals("--")) {
                options.add(words.get(++i));
                takes--;
            }
        }
        if (options.isEmpty()) {
            return words;
        }
        List<String> out = new ArrayList<>(words.size());
        out.addAll(words.subList(0, k));
        out.addAll(positional);
        out.addAll(options);
        out.addAll(rest);
        return out;
    }

    /** How many leading words name a command ("bench score" is two). */
    private static int commandLength(List<String> words, Map<String, CommandRegistration> registrations) {
        for (int k = Math.min(words.size(), 4); k > 0; k--) {
            if (registrations.containsKey(String.join(" ", words.subList(0, k)))) {
                return k;
            }
        }
        return 0;
    }

    /** An option as Spring Shell's lexer tells one: {@code --name}, or {@code -} and letters ({@code -20} is a value). */
    static boolean looksLikeOption(String w) {
        if (w.startsWith("--")) {
            return w.length() > 2;
        }
        if (w.length() < 2 || w.charAt(0) != '-') {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            if (!Character.isLetter(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** How many of the following words the option takes. */
    static int values(CommandRegistration command, String word) {
        CommandOption o = option(command, word);
        if (o == null || o.getType() == null) {
            return 0;
        }
        Class<?> type = o.getType().resolve(Object.class);
        if (type == boolean.class || type == Boolean.class || type == void.class) {
            return 0;
        }
        if (o.getArityMax() >= 0) {
            return o.getArityMax();
        }
        return Collection.class.isAssignableFrom(type) || type.isArray() ? Integer.MAX_VALUE : 1;
    }

    private static CommandOption option(CommandRegistration command, String word) {
        for (CommandOption o : command.getOptions()) {
            if (word.startsWith("--") ? Arrays.asList(o.getLongNames()).contains(word.substring(2))
                    : word.length() == 2 && Arrays.asList(o.getShortNames()).contains(word.charAt(1))) {
                return o;
            }
        }
        return null;
    }

    /** A line parser whose accepted lines come out in canonical order. */
    static final class Reordering implements Parser {
        private final Parser delegate;
        private final ObjectProvider<CommandCatalog> catalog;

        Reordering(Parser delegate, ObjectProvider<CommandCatalog> catalog) {
            this.delegate = delegate;
            this.catalog = catalog;
        }

        @Override
        public ParsedLine parse(String line, int cursor, ParseContext context) throws SyntaxError {
            ParsedLine parsed = delegate.parse(line, cursor, context);
            if (parsed == null || (context != ParseContext.ACCEPT_LINE && context != ParseContext.UNSPECIFIED)) {
                return parsed;
            }
            CommandCatalog commands = catalog.getIfAvailable();
            if (commands == null) {
                return parsed;
            }
            Map<String, CommandRegistration> registrations = commands.getRegistrations();
            int k = commandLength(parsed.words(), registrations);
            if (k > 0) {
                String command = String.join(" ", parsed.words().subList(0, k));
                String problem = CommandLineCheck.problem(command, registrations.get(command),
                        parsed.words().subList(k, parsed.words().size()));
                if (problem != null) {
                    // a line parser cannot fail a line (JLine reads a SyntaxError as "incomplete, read on"), so the
                    // line becomes a call of the hidden command that fails with the problem, as any command fails
                    UsageError.PENDING.set(problem);
                    return new Words(parsed, List.of(UsageError.COMMAND));
                }
            }
            List<String> words = canonical(parsed.words(), registrations);
            return words == parsed.words() ? parsed : new Words(parsed, words);
        }

        @Override
        public boolean isEscapeChar(char ch) {
            return delegate.isEscapeChar(ch);
        }

        @Override
        public boolean validCommandName(String name) {
            return delegate.validCommandName(name);
        }

        @Override
        public boolean validVariableName(String name) {
            return delegate.validVariableName(name);
        }

        @Override
        public String getCommand(String line) {
            return delegate.getCommand(line);
        }

        @Override
        public String getVariable(String line) {
            return delegate.getVariable(line);
        }
    }

    /** The parsed line with its words reordered; the text and cursor are as typed. */
    private record Words(ParsedLine parsed, List<String> words) implements ParsedLine {
        @Override
        public String word() {
            return parsed.word();
        }

        @Override
        public int wordCursor() {
            return parsed.wordCursor();
        }

        @Override
        public int wordIndex() {
            return parsed.wordIndex();
        }

        @Override
        public String line() {
            return parsed.line();
        }

        @Override
        public int cursor() {
            return parsed.cursor();
        }
    }
}
