package org.nasse.advisor.shell;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.stream.IntStream;
import org.nasse.advisor.knowledge.KnowledgeBase;
import org.nasse.advisor.knowledge.Reference;
import org.nasse.advisor.report.KnowledgeText;
import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;

@Command
public class KnowledgeCommand {
    static final List<String> KINDS =
            List.of("hosts", "records", "series", "cathodes", "anodes", "interlayers", "catholytes", "cells", "references", "literature",
                    "check");
    /** Built when `knowledge --json` first needs it: every command's start creates this bean. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .setSerializationInclusion(JsonInclude.Include.NON_NULL).enable(SerializationFeature.INDENT_OUTPUT);
    }

    private final Workbench workbench;

    public KnowledgeCommand(Workbench workbench) {
        this.workbench = workbench;
    }

    @Command(command = "knowledge", description = "Browse the knowledge base: hosts, records, series, cathodes, "
            + "anodes, interlayers, catholytes, cells, references, literature. Example: knowledge records --json")
    public void knowledge(
            @OptionValues(provider = "knowledgeKinds") @Option(longNames = "kind", required = true, description = "hosts|records|series|cathodes|anodes|interlayers|catholytes|cells|references|literature|check")
            String kind,
            @Option(longNames = "json", arity = OptionArity.ZERO, description = "machine-readable JSON on stdout") boolean json) {
        if (!KINDS.contains(kind)) {
            throw new BadInputException("unknown kind '" + kind + "': choose one of " + String.join(", ", KINDS));
        }
        if (kind.equals("check")) {
            check(json);
            return;
        }
        KnowledgeBase kb = workbench.knowledge();
        Object data = switch (kind) {
            case "hosts" -> kb.hosts();
            case "records" -> kb.records();
            case "series" -> kb.series();
            case "literature" -> kb.literature();
            case "cathodes" -> kb.cathodes();
            case "anodes" -> kb.anodes();
            case "interlayers" -> kb.interlayers();
            case "catholytes" -> kb.catholytes();
            case "cells" -> kb.cells();
            default -> references(kb);
        };
        if (json) {
            try {
                Output.print(Json.MAPPER.writeValueAsString(data));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            return;
        }
        Output.print(switch (kind) {
            case "hosts" -> KnowledgeText.hosts(kb);
            case "records" -> KnowledgeText.records(kb);
            case "series" -> KnowledgeText.series(kb);
            case "literature" -> KnowledgeText.literature(kb);
            case "cathodes" -> KnowledgeText.cathodes(kb);
            case "anodes" -> KnowledgeText.anodes(kb);
            case "interlayers" -> KnowledgeText.interlayers(kb);
            case "catholytes" -> KnowledgeText.catholytes(kb);
            case "cells" -> KnowledgeText.cells(kb);
            default -> KnowledgeText.references(references(kb));
        });
    }

    /** Loads and validates the knowledge directory afresh and says what is in it and how long it took. */
    private void check(boolean json) {
        var dir = workbench.knowledgeDirectory();
        long start = System.nanoTime();
        KnowledgeBase kb;
        try {
            kb = org.nasse.advisor.knowledge.KnowledgeLoader.check(dir);
        } catch (org.nasse.advisor.knowledge.KnowledgeLoadException e) {
            throw new BadInputException(e.getMessage(), BadInputException.EXIT_BAD_KNOWLEDGE);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        var counts = new java.util.LinkedHashMap<String, Object>();
        counts.put("directory", dir.isPackaged() ? "(packaged in the jar)" : dir.path().toString());
        counts.put("hosts", kb.hosts().size());
        counts.put("records", kb.records().size());
        counts.put("reviewRecords", kb.records().stream().filter(r -> r.fromReview()).count());
        counts.put("literatureRecords", kb.records().stream().filter(r -> !r.fromReview()).count());
        counts.put("series", kb.series().size());
        counts.put("cathodes", kb.cathodes().size());
        counts.put("anodes", kb.anodes().size());
        counts.put("interlayers", kb.interlayers().size());
        counts.put("catholytes", kb.catholytes().size());
        counts.put("cells", kb.cells().size());
        counts.put("references", kb.referenceCount());
        counts.put("literature", kb.literatureCount());
        counts.put("loadMillis", ms);
        if (json) {
            Output.print(org.nasse.advisor.report.Json.pretty(counts));
        } else {
            StringBuilder sb = new StringBuilder("knowledge OK\n");
            counts.forEach((k, v) -> sb.append(String.format("  %-18s %s%n", k, v)));
            Output.print(sb.toString());
        }
    }

    private static List<Reference> references(KnowledgeBase kb) {
        return IntStream.rangeClosed(1, kb.referenceCount()).mapToObj(kb::reference)
                .flatMap(java.util.Optional::stream).toList();
    }
}
