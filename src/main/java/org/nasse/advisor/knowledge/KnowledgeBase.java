package org.nasse.advisor.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.nasse.advisor.chemistry.Chemistry;
import org.nasse.advisor.knowledge.Electrodes.Anode;
import org.nasse.advisor.knowledge.Electrodes.Cathode;
import org.nasse.advisor.knowledge.Electrodes.Catholyte;
import org.nasse.advisor.knowledge.Electrodes.Interlayer;

/** Everything in knowledge/, validated: nothing in here failed to parse, balance or cite. */
public final class KnowledgeBase {
    private final Chemistry chemistry;
    private final List<Host> hosts;
    private final Map<String, Host> hostsById;
    private final List<LiteratureRecord> records;
    private final List<Cathode> cathodes;
    private final List<Anode> anodes;
    private final List<Interlayer> interlayers;
    private final List<Catholyte> catholytes;
    private final List<DemonstratedCell> cells;
    private final Map<Integer, Reference> bibliography;
    private final Map<String, LiteratureSource> literature;
    private final List<DopingSeries> series;
    private final SubstitutionPrior substitutionPrior;

    KnowledgeBase(Chemistry chemistry, List<Host> hosts, List<LiteratureRecord> records, List<Cathode> cathodes,
                  List<Anode> anodes, List<Interlayer> interlayers, List<Catholyte> catholytes,
                  List<DemonstratedCell> cells, List<Reference> references, List<LiteratureSource> literature,
                  List<DopingSeries> series, SubstitutionPrior substitutionPrior) {
        this.chemistry = chemistry;
        this.hosts = List.copyOf(hosts);
        this.hostsById = hosts.stream().collect(Collectors.toUnmodifiableMap(Host::id, Function.identity()));
        this.records = List.copyOf(records);
        this.cathodes = List.copyOf(cathodes);
        this.anodes = List.copyOf(anodes);
        this.interlayers = List.copyOf(interlayers);
        this.catholytes = List.copyOf(catholytes);
        this.cells = List.copyOf(cells);
        this.bibliography = references.stream().collect(Collectors.toUnmodifiableMap(Reference::n, Function.identity()));
        this.series = List.copyOf(series);
        this.substitutionPrior = substitutionPrior;
        this.literature = literature.stream().collect(Collectors.toUnmodifiableMap(LiteratureSource::key, Function.identity()));
    }

    /** The same knowledge without the records {@code hide} picks: what a backtest keeps from the advisor. */
    public KnowledgeBase withoutRecords(java.util.function.Predicate<LiteratureRecord> hide) {
        return new KnowledgeBase(chemistry, hosts, records.stream().filter(hide.negate()).toList(), cathodes, anodes, interlayers,
                catholytes, cells, new java.util.ArrayList<>(bibliography.values()), new java.util.ArrayList<>(literature.values()),
                series, substitutionPrior);
    }

    public Chemistry chemistry() {
        return chemistry;
    }

    public List<Host> hosts() {
        return hosts;
    }

    public Optional<Host> host(String id) {
        return Optional.ofNullable(hostsById.get(id));
    }

    public List<LiteratureRecord> records() {
        return records;
    }

    public List<Cathode> cathodes() {
        return cathodes;
    }

    public List<Anode> anodes() {
        return anodes;
    }

    public List<Interlayer> interlayers() {
        return interlayers;
    }

    public List<Catholyte> catholytes() {
        return catholytes;
    }

    public List<DemonstratedCell> cells() {
        return cells;
    }

    public Optional<Reference> reference(int n) {
        return Optional.ofNullable(bibliography.get(n));
    }

    /** The data-mined ionic substitution likelihoods (Hautier et al. 2011), from elements/substitution_lambda.csv. */
    public SubstitutionPrior substitutionPrior() {
        return substitutionPrior;
    }

    /** The review's doping series. */
    public List<DopingSeries> series() {
        return series;
    }

    /** A paper outside the review, by its key in literature.yaml. */
    public Optional<LiteratureSource> literature(String key) {
        return Optional.ofNullable(literature.get(key));
    }

    public java.util.Collection<LiteratureSource> literature() {
        return literature.values().stream().sorted(java.util.Comparator.comparing(LiteratureSource::key)).toList();
    }

    /** Every reference of the review's bibliography, in no particular order. */
    java.util.Collection<Reference> references() {
        return bibliography.values();
    }

    public int literatureCount() {
        return literature.size();
    }

    public int referenceCount() {
        return bibliography.size();
    }
}
