package org.nasse.advisor.knowledge;

import java.util.List;
import java.util.Set;

/**
 * The checks of one conductivity record (records.yaml, literature-records.yaml): composition, host,
 * family, value, temperature, Ea, provenance (review refs and section, or literature cites and quote)
 * and what was measured. The field checks themselves (formulas, ranges, refs) are the loader's, shared
 * with the other entries; errors name file:line:column like every load error.
 */
final class RecordValidator {
    private final KnowledgeLoader loader;
    private final EntryValidator fields;
    private final Set<String> literature;
    private final Set<String> hostIds;

    RecordValidator(KnowledgeLoader loader, EntryValidator fields, Set<String> literature, Set<String> hostIds) {
        this.loader = loader;
        this.fields = fields;
        this.literature = literature;
        this.hostIds = hostIds;
    }

    /** Checks every record of {@code file} (a list under {@code records}). */
    void all(String file, List<LiteratureRecord> records) {
        for (int i = 0; i < records.size(); i++) {
            record(file, records.get(i), "/records/" + i);
        }
    }

    void record(String file, LiteratureRecord r, String at) {
        fields.balancedFormula(file, at + "/composition", r.composition());
        loader.check(r.host() == null || hostIds.contains(r.host()), file, at + "/host", "no host with id '" + r.host() + "'");
        if (r.family() != null) {
            fields.family(file, at + "/family", r.family());
        }
        fields.sigma(file, at + "/sigmaSPerCm", r.sigmaSPerCm());
        if (r.temperatureC() != null) {
            fields.temperature(file, at + "/temperatureC", r.temperatureC());
        } else {
            loader.check(r.temperatureNote() != null && !r.temperatureNote().isBlank(), file, at,
                    "a record without temperatureC needs a temperatureNote saying why");
        }
        fields.ea(file, at + "/eaEV", r.eaEV());
        loader.check(!r.measuredStated() || LiteratureRecord.MEASURED.contains(r.measured()), file, at + "/measured",
                "measured must be one of " + String.join(", ", LiteratureRecord.MEASURED) + ", not '" + r.measured() + "'");
        loader.check(Set.of(LiteratureRecord.REVIEW, LiteratureRecord.LITERATURE).contains(r.source()), file, at + "/source",
                "source must be review or literature, not '" + r.source() + "'");
        if (r.fromReview()) {
            loader.check(r.section() != null, file, at + "/section", "a review record needs the review's section");
            fields.refs(file, at + "/refs", r.refs(), false);
        } else {
            loader.check(!r.cites().isEmpty(), file, at + "/cites",
                    "a literature record cites its paper (a key of " + KnowledgeLoader.LITERATURE + ")");
            for (int k = 0; k < r.cites().size(); k++) {
                loader.check(literature.contains(r.cites().get(k)), file, at + "/cites/" + k,
                        "'" + r.cites().get(k) + "' is not in " + KnowledgeLoader.LITERATURE);
            }
            loader.check(r.temperatureC() != null, file, at + "/temperatureC", "a literature record states its temperature");
            loader.check(r.quote() != null && !r.quote().isBlank(), file, at + "/quote", "a literature record quotes its source");
        }
    }
}
