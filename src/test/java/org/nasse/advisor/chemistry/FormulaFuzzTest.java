package org.nasse.advisor.chemistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nasse.advisor.TestKnowledge;
import org.nasse.advisor.analysis.Analysis;
import org.nasse.advisor.analysis.Analyzer;

/**
 * 100,000 random and mutated strings through the parser and the analyze path: each must give a
 * result or a FormulaSyntaxException with a message — never another exception, never a hang
 * (the timeout is a hang guard, not a speed target).
 */
class FormulaFuzzTest {
    private static final List<String> SEEDS = List.of(
            "Na2.88Sb0.88W0.12S4", "Na3.57[Sn0.67Si0.33]0.67P0.33S3.9I0.1", "Na4(CB11H12)2(B12H12)",
            "Na2(B12H12)0.5(B10H10)0.5", "Na3SbS4·9H2O", "Na₃PS₄", "Na3.4Sc0.4Zr1.6Si2PO12",
            "0.94Na3PS4·0.06Na4SiS4", "Na3O(BH4)", "Na2.25Y0.25Zr0.75Cl6", "Na3V2(PO4)3");
    private static final String ALPHABET = "NaSbWPSClZrScSiOBHCIYTe0123456789..()[]··*-e+ ₀₁₂₃₄₅₆₇₈₉xX?$\u0000\uD83D";

    @Test
    void everyStringGivesAResultOrACleanError() {
        Analyzer analyzer = new Analyzer(TestKnowledge.knowledge());
        Random random = new Random(42);
        int[] outcome = new int[2];
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            for (int i = 0; i < 100_000; i++) {
                String input = i % 2 == 0 ? randomString(random) : mutate(random, SEEDS.get(random.nextInt(SEEDS.size())));
                try {
                    Analysis a = analyzer.analyze(input);
                    assertThat(a.formula().amounts()).isNotEmpty();
                    assertThat(a.chargeBalanced() || a.problem() != null).isTrue();
                    outcome[0]++;
                } catch (FormulaSyntaxException e) {
                    assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
                    outcome[1]++;
                } catch (RuntimeException | StackOverflowError e) {
                    throw new AssertionError("input " + escape(input) + " threw " + e, e);
                }
            }
        });
        // both paths were exercised, not just one
        assertThat(outcome[0]).isGreaterThan(1000);
        assertThat(outcome[1]).isGreaterThan(1000);
    }

    private static String randomString(Random random) {
        int length = random.nextInt(40);
        if (random.nextInt(50) == 0) {
            length = random.nextInt(6000);
        }
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private static String mutate(Random random, String seed) {
        StringBuilder sb = new StringBuilder(seed);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && !sb.isEmpty(); e++) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(6)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 2 -> sb.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 3 -> sb.insert(at, sb.substring(at, Math.min(sb.length(), at + 1 + random.nextInt(8))));
                case 4 -> {
                    int depth = random.nextInt(30);
                    sb.insert(0, "(".repeat(depth)).append(")".repeat(depth)).append(random.nextInt(9) + 1);
                }
                default -> sb.insert(at, random.nextInt(100_000) + "." + random.nextInt(1000));
            }
        }
        return sb.toString();
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().limit(200).forEach(cp -> sb.append(cp < 32 || cp > 126 ? String.format("\\u%04x", cp) : (char) cp));
        return sb.toString();
    }
}
