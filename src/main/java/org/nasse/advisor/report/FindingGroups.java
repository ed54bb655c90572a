package org.nasse.advisor.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nasse.advisor.planning.ScoredCandidate;
import org.nasse.advisor.rules.Finding;

/**
 * The recommended compositions of a report grouped by host, so that what the candidates of one host
 * have in common is said once. Two findings are the same when their rule and their message are equal:
 * a finding whose numbers differ from one candidate to the next (the vacancy count, the dopant level)
 * is that candidate's own, and one with the same text is said once for all that share it. A composition
 * without a host is a group of its own.
 */
final class FindingGroups {
    private FindingGroups() {
    }

    /** One pick as the report ranks it. */
    record Member(int rank, ScoredCandidate candidate, List<Finding> own) {
    }

    /** A finding several members have word for word, with their ranks. */
    record Shared(Finding finding, List<Integer> ranks) {
    }

    /**
     * The members of one host in rank order; {@code shared} holds the findings every member has,
     * {@code partlyShared} those two or more (not all) have.
     */
    record Group(String host, List<Member> members, List<Finding> shared, List<Shared> partlyShared) {
        boolean several() {
            return members.size() > 1;
        }
    }

    /** {@code picks} in rank order (rank = index + 1); groups in the order of their best rank. */
    static List<Group> of(List<ScoredCandidate> picks) {
        Map<String, List<Integer>> byHost = new LinkedHashMap<>();
        for (int i = 0; i < picks.size(); i++) {
            ScoredCandidate c = picks.get(i);
            boolean hosted = c.assessment().analysis().match().isPresent();
            byHost.computeIfAbsent(hosted ? c.host() : "\u0000" + c.composition(), k -> new ArrayList<>()).add(i);
        }
        List<Group> out = new ArrayList<>();
        for (var e : byHost.entrySet()) {
            List<Integer> indices = e.getValue();
            // each distinct (rule, message) and the members that have it, in order of first appearance
            Map<String, Finding> first = new LinkedHashMap<>();
            Map<String, List<Integer>> holders = new LinkedHashMap<>();
            for (int i : indices) {
                for (Finding f : picks.get(i).assessment().findings()) {
                    String key = f.rule() + "\u0000" + f.message();
                    first.putIfAbsent(key, f);
                    List<Integer> h = holders.computeIfAbsent(key, k -> new ArrayList<>());
                    if (!h.contains(i + 1)) {
                        h.add(i + 1);
                    }
                }
            }
            List<Finding> shared = new ArrayList<>();
            List<Shared> partly = new ArrayList<>();
            List<Member> members = new ArrayList<>();
            if (indices.size() > 1) {
                holders.forEach((key, ranks) -> {
                    if (ranks.size() == indices.size()) {
                        shared.add(first.get(key));
                    } else if (ranks.size() > 1) {
                        partly.add(new Shared(first.get(key), List.copyOf(ranks)));
                    }
                });
            }
            for (int i : indices) {
                List<Finding> own = new ArrayList<>();
                for (Finding f : picks.get(i).assessment().findings()) {
                    String key = f.rule() + "\u0000" + f.message();
                    if (indices.size() == 1 || holders.get(key).size() == 1) {
                        own.add(f);
                    }
                }
                members.add(new Member(i + 1, picks.get(i), own));
            }
            String host = e.getKey().startsWith("\u0000") ? null : e.getKey();
            out.add(new Group(host, members, shared, partly));
        }
        return out;
    }
}
