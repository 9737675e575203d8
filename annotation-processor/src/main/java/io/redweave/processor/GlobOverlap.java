package io.redweave.processor;

import io.redweave.template.KeyTemplate;
import io.redweave.template.Literal;
import io.redweave.template.TemplatePart;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Decides whether a rendered pattern template can match at least one key rendered from a key template, by the
 * literal structure of both: a placeholder stands for any encoded value (any text without the characters the
 * encoder escapes: {@code : * ? [ ] \ { }}, white space and controls), and the pattern's literal text is a Redis
 * glob ({@code *}, {@code ?}, {@code [...]} with {@code ^} and ranges, {@code \} escapes, as Redis's
 * {@code stringmatchlen} reads them).
 *
 * <p>Implementation notes: both templates become sequences of steps (a character, a class of characters, or a loop
 * over a class), and a search over pairs of positions looks for one string both accept: the product of two small
 * automata, at most (key length + 1) × (pattern length + 1) states. A glob construct cut by a placeholder (such as
 * {@code [{id}]}) is not judged: the answer is then "may match", so the check never warns wrongly.
 */
final class GlobOverlap {
    private static final int PLACEHOLDER = -1;

    private GlobOverlap() {
    }

    /** One step of a template: a class of characters consumed once, or any number of times when it loops. */
    record Step(CharClass chars, boolean loops) {
    }

    /** Whether some key of {@code key} (a KEY template) is matched by some rendering of {@code pattern}. */
    static boolean mayOverlap(KeyTemplate key, KeyTemplate pattern) {
        List<Step> keySteps = new ArrayList<>();
        for (int item : items(key)) {
            keySteps.add(item == PLACEHOLDER ? new Step(CharClass.VALUE, true) : new Step(CharClass.of(item), false));
        }
        List<Step> patternSteps = globSteps(items(pattern));
        return patternSteps == null || intersect(keySteps, patternSteps);
    }

    /** The rendered characters of a template, with {@link #PLACEHOLDER} for each placeholder. */
    private static int[] items(KeyTemplate template) {
        List<Integer> items = new ArrayList<>();
        for (TemplatePart part : template.parts()) {
            if (part instanceof Literal literal) {
                literal.text().chars().forEach(items::add);
            } else {
                items.add(PLACEHOLDER);
            }
        }
        return items.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The steps of a rendered glob, or null when a glob construct is cut by a placeholder. */
    static List<Step> globSteps(int[] items) {
        List<Step> steps = new ArrayList<>();
        int n = items.length;
        int i = 0;
        while (i < n) {
            int c = items[i];
            if (c == PLACEHOLDER) {
                steps.add(new Step(CharClass.VALUE, true));
                i++;
            } else if (c == '*') {
                steps.add(new Step(CharClass.ANY, true));
                while (i < n && items[i] == '*') {
                    i++;
                }
            } else if (c == '?') {
                steps.add(new Step(CharClass.ANY, false));
                i++;
            } else if (c == '\\' && i + 1 < n) {
                if (items[i + 1] == PLACEHOLDER) {
                    return null;
                }
                steps.add(new Step(CharClass.of(items[i + 1]), false));
                i += 2;
            } else if (c == '[') {
                CharClass.Builder builder = new CharClass.Builder();
                i = bracket(items, i + 1, builder);
                if (i < 0) {
                    return null;
                }
                steps.add(new Step(builder.build(), false));
            } else {
                steps.add(new Step(CharClass.of(c), false));
                i++;
            }
        }
        return steps;
    }

    /** Reads a bracket class after its '[' as Redis does; returns the index after it, or -1 when cut. */
    private static int bracket(int[] items, int from, CharClass.Builder builder) {
        int n = items.length;
        int j = from;
        if (j < n && items[j] == '^') {
            builder.negate();
            j++;
        }
        while (j < n) {
            int c = items[j];
            if (c == PLACEHOLDER) {
                return -1;
            }
            if (c == '\\' && j + 1 < n) {
                if (items[j + 1] == PLACEHOLDER) {
                    return -1;
                }
                builder.add(items[j + 1], items[j + 1]);
                j += 2;
            } else if (c == ']') {
                return j + 1;
            } else if (j + 2 < n && items[j + 1] == '-') {
                if (items[j + 2] == PLACEHOLDER) {
                    return -1;
                }
                builder.add(Math.min(c, items[j + 2]), Math.max(c, items[j + 2]));
                j += 3;
            } else {
                builder.add(c, c);
                j++;
            }
        }
        return n; // an unterminated class reaches the end of the pattern, as in Redis
    }

    /** Whether one string is accepted by both step sequences. */
    static boolean intersect(List<Step> key, List<Step> pattern) {
        int width = pattern.size() + 1;
        boolean[] seen = new boolean[(key.size() + 1) * width];
        Deque<int[]> pending = new ArrayDeque<>();
        pending.push(new int[] {0, 0});
        while (!pending.isEmpty()) {
            int[] state = pending.pop();
            int i = state[0];
            int j = state[1];
            if (seen[i * width + j]) {
                continue;
            }
            seen[i * width + j] = true;
            if (i == key.size() && j == pattern.size()) {
                return true;
            }
            Step k = i < key.size() ? key.get(i) : null;
            Step p = j < pattern.size() ? pattern.get(j) : null;
            if (k != null && k.loops()) {
                pending.push(new int[] {i + 1, j});
            }
            if (p != null && p.loops()) {
                pending.push(new int[] {i, j + 1});
            }
            if (k != null && p != null && !(k.loops() && p.loops()) && k.chars().intersects(p.chars())) {
                pending.push(new int[] {k.loops() ? i : i + 1, p.loops() ? j : j + 1});
            }
        }
        return false;
    }
}
