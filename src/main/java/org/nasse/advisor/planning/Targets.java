package org.nasse.advisor.planning;

import java.util.List;
import java.util.Map;

/**
 * What the user wants (../shared/DESIGN.md, scenario YAML). Absent keys mean "no constraint".
 *
 * @param temperatureC              operating temperature, °C (default 25)
 * @param minConductivity           S/cm at temperatureC
 * @param airStable                 required | preferred | ignore
 * @param anode                     Na | Na-Sn | hard-carbon | any
 * @param cathodeVoltageV           the cathode's working voltage, or
 * @param cathode                   a cathode of the knowledge base by name
 * @param maxProcessingTemperatureC highest synthesis / sintering temperature the user can do
 * @param excludeElements           never use these
 * @param families                  only these families (optional)
 * @param weights                   soft-constraint weights by name (optional)
 * @param allowVariableValence      allow Ni, Co, Mn, Fe, V, Cr, Cu, Ti as dopants (H12)
 */
public record Targets(
        Double temperatureC,
        Double minConductivity,
        String airStable,
        String anode,
        Double cathodeVoltageV,
        String cathode,
        Double maxProcessingTemperatureC,
        List<String> excludeElements,
        List<String> families,
        Map<String, Double> weights,
        Boolean allowVariableValence) {

    public static final List<String> AIR = List.of("required", "preferred", "ignore");
    public static final List<String> ANODES = List.of("Na", "Na-Sn", "hard-carbon", "any");

    public Targets {
        excludeElements = excludeElements == null ? List.of() : List.copyOf(excludeElements);
        families = families == null ? List.of() : List.copyOf(families);
        weights = weights == null ? Map.of() : Map.copyOf(weights);
    }

    public double temperature() {
        return temperatureC == null ? 25 : temperatureC;
    }

    public String air() {
        return airStable == null ? "ignore" : airStable;
    }

    public String anodeChoice() {
        return anode == null ? "any" : anode;
    }

    public boolean variableValenceAllowed() {
        return Boolean.TRUE.equals(allowVariableValence);
    }

    public double weight(String name, double fallback) {
        return weights.getOrDefault(name, fallback);
    }

    /** The same targets with one key changed: the shell's `target set`. */
    public Targets with(String key, Object value) {
        return new Targets(
                key.equals("temperatureC") ? (Double) value : temperatureC,
                key.equals("minConductivity") ? (Double) value : minConductivity,
                key.equals("airStable") ? (String) value : airStable,
                key.equals("anode") ? (String) value : anode,
                key.equals("cathodeVoltageV") ? (Double) value : cathodeVoltageV,
                key.equals("cathode") ? (String) value : cathode,
                key.equals("maxProcessingTemperatureC") ? (Double) value : maxProcessingTemperatureC,
                key.equals("excludeElements") ? castList(value) : excludeElements,
                key.equals("families") ? castList(value) : families,
                weights,
                key.equals("allowVariableValence") ? (Boolean) value : allowVariableValence);
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object o) {
        return (List<String>) o;
    }

    public static Targets none() {
        return new Targets(null, null, null, null, null, null, null, null, null, null, null);
    }
}
