package org.nasse.advisor.shell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.shell.command.CommandOption;
import org.springframework.shell.command.CommandRegistration;

/**
 * Checks a command line against its command's registration before Spring Shell parses it: unknown
 * options, an option twice, an option without its value, a value that is not a number where one is
 * wanted, a missing required option, and values left over. Spring Shell 3.4.1 reports some of these
 * in its own words ("Failed to convert from type [java.lang.String] to type [double]"), fails on others
 * with an internal error (a positional value its converter rejects, an option with no value) and
 * ignores the rest (a stray value), so every one is caught here and said in the option's terms.
 * <p>
 * Positional values go where Spring Shell puts them (to the options not named, in declaration order,
 * each taking its arity), but only the command's first option and its required ones take them: a stray
 * value is an error rather than a silent {@code --temperature}.
 */
final class CommandLineCheck {
    private CommandLineCheck() {
    }

    /** What is wrong with the words after the command name, or null when nothing is. */
    static String problem(String command, CommandRegistration registration, List<String> args) {
        if (args.contains("--help") || args.contains("-h")) {
            return null; // Spring Shell shows the command's help
        }
        List<String> positional = new ArrayList<>();
        Set<CommandOption> named = new HashSet<>();
        for (int i = 0; i < args.size(); i++) {
            String w = args.get(i);
            if (w.isEmpty()) {
                continue; // JLine's word after a trailing space; Spring Shell ignores it too
            }
            if (w.equals("--")) {
                positional.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (!OptionOrder.looksLikeOption(w)) {
                positional.add(w);
                continue;
            }
            CommandOption o = option(registration, w);
            if (o == null) {
                return command + " has no option " + w + "; its options: " + optionList(registration);
            }
            if (!named.add(o)) {
                return name(o) + " is given twice";
            }
            int takes = OptionOrder.values(registration, w);
            if (takes == 0) {
                continue;
            }
            List<String> values = new ArrayList<>();
            while (values.size() < takes && i + 1 < args.size() && !OptionOrder.looksLikeOption(args.get(i + 1))
                    && !args.get(i + 1).equals("--") && !args.get(i + 1).isEmpty()) {
                values.add(args.get(++i));
            }
            if (values.isEmpty() && takes != Integer.MAX_VALUE) { // a list may be empty; a single value may not
                return name(o) + " needs a value: " + o.getDescription();
            }
            for (String v : values) {
                String wrong = wrongKind(o, v);
                if (wrong != null) {
                    return wrong;
                }
            }
        }
        // positional values to the options not named, in their order, as Spring Shell assigns them
        List<CommandOption> open = registration.getOptions().stream()
                .filter(o -> !named.contains(o) && o.getPosition() > -1)
                .sorted(Comparator.comparingInt(CommandOption::getPosition)).toList();
        int next = 0;
        for (CommandOption o : open) {
            if (next >= positional.size()) {
                break;
            }
            int max = o.getArityMax() < 0 ? (open.size() == 1 ? Integer.MAX_VALUE : 1) : o.getArityMax();
            if (max == 0) {
                continue;
            }
            if (!takesPositional(registration, o)) {
                return "unexpected '" + positional.get(next) + "': " + usage(command, registration);
            }
            int end = (int) Math.min(positional.size(), (long) next + max);
            for (String v : positional.subList(next, end)) {
                String wrong = wrongKind(o, v);
                if (wrong != null) {
                    return wrong;
                }
            }
            named.add(o);
            next = end;
        }
        if (next < positional.size()) {
            return "unexpected '" + positional.get(next) + "': " + usage(command, registration);
        }
        for (CommandOption o : registration.getOptions()) {
            if (o.isRequired() && !named.contains(o)) {
                return command + " needs " + name(o) + ": " + o.getDescription() + " (" + usage(command, registration) + ")";
            }
        }
        return null;
    }

    /** The first option that takes a value (the command's subject) and required ones may be given without their name. */
    private static boolean takesPositional(CommandRegistration registration, CommandOption o) {
        if (isFlag(registration, o)) {
            return false;
        }
        if (o.isRequired()) {
            return true;
        }
        return registration.getOptions().stream().filter(x -> x.getPosition() > -1 && !isFlag(registration, x))
                .min(Comparator.comparingInt(CommandOption::getPosition)).map(x -> x == o).orElse(false);
    }

    private static boolean isFlag(CommandRegistration registration, CommandOption o) {
        return OptionOrder.values(registration, name(o)) == 0;
    }

    /** Null when {@code value} suits the option's type, else the one-line complaint. */
    static String wrongKind(CommandOption o, String value) {
        Class<?> type = o.getType() == null ? Object.class : o.getType().resolve(Object.class);
        try {
            if (type == double.class || type == Double.class) {
                double x = Double.parseDouble(value);
                if (Double.isNaN(x) || Double.isInfinite(x)) {
                    throw new NumberFormatException();
                }
            } else if (type == int.class || type == Integer.class) {
                Integer.parseInt(value);
            } else if (type == long.class || type == Long.class) {
                Long.parseLong(value);
            } else {
                return null;
            }
            return null;
        } catch (NumberFormatException e) {
            String kind = type == double.class || type == Double.class ? "a number" : "a whole number";
            return name(o) + " needs " + kind + ", not '" + value + "' (" + o.getDescription() + ")";
        }
    }

    private static CommandOption option(CommandRegistration registration, String word) {
        for (CommandOption o : registration.getOptions()) {
            if (word.startsWith("--") ? Arrays.asList(o.getLongNames()).contains(word.substring(2))
                    : word.length() == 2 && o.getShortNames() != null && Arrays.asList(o.getShortNames()).contains(word.charAt(1))) {
                return o;
            }
        }
        return null;
    }

    private static String name(CommandOption o) {
        return "--" + o.getLongNames()[0];
    }

    private static String optionList(CommandRegistration registration) {
        List<String> names = new ArrayList<>();
        for (CommandOption o : registration.getOptions()) {
            names.add(name(o));
        }
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    /** "analyze <formula> [--temperature …] [--json]": the command with its options, the subject first. */
    static String usage(String command, CommandRegistration registration) {
        StringBuilder sb = new StringBuilder(command);
        List<CommandOption> options = registration.getOptions().stream()
                .sorted(Comparator.comparingInt(o -> o.getPosition() < 0 ? Integer.MAX_VALUE : o.getPosition())).toList();
        for (CommandOption o : options) {
            if (o.getLongNames()[0].equals("help")) {
                continue;
            }
            boolean flag = isFlag(registration, o);
            String arg = flag ? "" : " " + o.getLongNames()[0].toUpperCase();
            if (takesPositional(registration, o)) {
                sb.append(o.isRequired() ? " <" + o.getLongNames()[0] + ">" : " [" + o.getLongNames()[0] + "]");
            } else {
                sb.append(" [").append(name(o)).append(arg).append(']');
            }
        }
        return "usage: " + sb;
    }
}
