package org.nasse.advisor.rules;

import java.util.List;

/** A loaded rule and its metadata, as `rules list` shows it. */
public record RuleInfo(String name, String file, String heuristic, List<Integer> refs, List<String> cites, String effect, String message) {
}
