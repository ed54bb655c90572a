package org.nasse.advisor.knowledge;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** A parent framework of the review (Na3SbS4, Na3Zr2Si2PO12 ...) with its sites and cited properties. */
public record Host(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String formula,
        @JsonProperty(required = true) String family,
        String name,
        String note,
        Structure structure,
        @JsonProperty(required = true) Double naSites,
        @JsonProperty(required = true) List<Site> sites,
        Conductivity conductivity,
        Behaviour moisture,
        Behaviour naMetal,
        OxidationLimit oxidationLimit,
        Synthesis synthesis) implements java.io.Serializable {

    public Host {
        sites = sites == null ? List.of() : List.copyOf(sites);
    }

    /** One crystallographic role: which element sits there, in which state, how much per formula unit. */
    public record Site(
            @JsonProperty(required = true) String site,
            @JsonProperty(required = true) String element,
            @JsonProperty(required = true) Integer oxidationState,
            String coordination,
            @JsonProperty(required = true) Double amount,
            List<Integer> refs,
            String note) implements java.io.Serializable {
        public Site {
            refs = refs == null ? List.of() : List.copyOf(refs);
        }

        public boolean isSodium() {
            return element.equals("Na");
        }
    }

    public record Structure(String phase, String spaceGroup, Map<String, Double> lattice, List<Integer> refs, String note)
            implements java.io.Serializable {
        public Structure {
            refs = refs == null ? List.of() : List.copyOf(refs);
        }
    }

    /** The parent's reported conductivity, the anchor of the estimate. */
    public record Conductivity(
            @JsonProperty(required = true) Double sigmaSPerCm,
            @JsonProperty(required = true) Double temperatureC,
            String temperatureNote,
            Double eaEV,
            @JsonProperty(required = true) List<Integer> refs,
            String note) implements java.io.Serializable {
    }

    /** Moisture or Na-metal behaviour: a keyword the rules use, and the review's words. */
    public record Behaviour(@JsonProperty(required = true) String behaviour, String note, List<Integer> refs)
            implements java.io.Serializable {
        public Behaviour {
            refs = refs == null ? List.of() : List.copyOf(refs);
        }
    }

    public record OxidationLimit(@JsonProperty(required = true) Double volts, String method, String note,
                                 List<Integer> refs) implements java.io.Serializable {
        public OxidationLimit {
            refs = refs == null ? List.of() : List.copyOf(refs);
        }
    }

    public record Synthesis(String route, Double temperatureC, String note, List<Integer> refs)
            implements java.io.Serializable {
        public Synthesis {
            refs = refs == null ? List.of() : List.copyOf(refs);
        }
    }
}
