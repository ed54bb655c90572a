package org.nasse.advisor.rules;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.runtime.StatelessKieSession;
import org.nasse.advisor.knowledge.SourceDirectory;

/**
 * A compiled rule base. {@link #evaluate} runs many compositions through one stateless session
 * per chunk (insert all, fire once): batching is several times faster than a session per row.
 */
public final class RuleSet {
    /**
     * Compositions per session execution: big enough to amortise the session, small enough that the
     * live working memory a young collection must copy stays small (2,000 doubled the GC pauses).
     */
    static final int CHUNK = 1_000;

    private final KieBase base;
    private final List<RuleInfo> rules;
    private final SourceDirectory source;
    /** Each rule's metadata as findings carry it, by rule name: a batch only looks it up. */
    private final java.util.Map<String, FindingSink.Meta> meta = new java.util.HashMap<>();

    RuleSet(KieBase base, List<RuleInfo> rules, SourceDirectory source) {
        this.base = base;
        this.rules = List.copyOf(rules);
        this.source = source;
        for (RuleInfo r : this.rules) {
            meta.putIfAbsent(r.name(), FindingSink.Meta.of(r));
        }
    }

    KieBase base() {
        return base;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    /** Whether some rule has a pattern on facts of this type (one read from a collection with {@code from} does not count). */
    public boolean matches(Class<?> type) {
        if (!(base instanceof org.drools.core.impl.InternalRuleBase rb)) {
            return true; // cannot tell: insert them
        }
        for (org.drools.core.reteoo.ObjectTypeNode otn : rb.getRete().getObjectTypeNodes()) {
            if (otn.getObjectType() instanceof org.drools.base.base.ClassObjectType c && c.getClassType() == type) {
                return true;
            }
        }
        return false;
    }

    public List<RuleInfo> rules() {
        return rules;
    }

    public SourceDirectory source() {
        return source;
    }

    /**
     * Fires the rules over the facts of many compositions; {@code facts.get(i)} are the facts of
     * composition i (ids must be i). Returns the sink holding all findings and flags.
     */
    public FindingSink evaluate(List<List<Object>> facts, List<DopantOptimum> optima) {
        FindingSink sink = new FindingSink(facts.size(), meta);
        for (int start = 0; start < facts.size(); start += CHUNK) {
            List<Object> batch = new ArrayList<>(optima);
            for (int i = start; i < Math.min(facts.size(), start + CHUNK); i++) {
                batch.addAll(facts.get(i));
            }
            StatelessKieSession session = base.newStatelessKieSession();
            session.setGlobal("findings", sink);
            try {
                session.execute(batch);
            } catch (RuntimeException | LinkageError e) {
                // an Error from generated code would otherwise escape the shell's handlers as a stack trace
                throw new RuleExecutionException("the rules failed while firing: " + rootMessage(e), e);
            }
        }
        return sink;
    }
}
