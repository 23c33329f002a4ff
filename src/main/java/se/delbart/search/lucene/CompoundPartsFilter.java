package se.delbart.search.lucene;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import se.delbart.search.analysis.CompoundSplitter;

/**
 * The decompounder ({@link CompoundSplitter}) as a token filter on lower-cased tokens: {@link Mode#HEADS} keeps
 * only the last part of each compound (lokalbokning → bokning), {@link Mode#MODIFIERS} only the parts before it
 * (lokal), both from the first cut ({@link CompoundSplitter#splitOnce}), and {@link Mode#WITH_PARTS} every token
 * followed by its parts, first cut and smallest words, on the same position. The Elasticsearch
 * adapter indexes the same parts, computed by the same class, in fields of their own.
 */
final class CompoundPartsFilter extends TokenFilter {

    enum Mode { HEADS, MODIFIERS, WITH_PARTS }

    private final CompoundSplitter splitter;
    private final Mode mode;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private State state;

    CompoundPartsFilter(TokenStream input, CompoundSplitter splitter, Mode mode) {
        super(input);
        this.splitter = splitter;
        this.mode = mode;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(state);
            term.setEmpty().append(pending.poll());
            increment.setPositionIncrement(mode == Mode.WITH_PARTS ? 0 : 1);
            return true;
        }
        while (input.incrementToken()) {
            String word = term.toString();
            List<String> parts = splitter.splitOnce(word);
            if (parts.size() < 2) {
                if (mode == Mode.WITH_PARTS) {
                    return true;
                }
                continue;
            }
            switch (mode) {
                case HEADS -> term.setEmpty().append(parts.get(parts.size() - 1));
                case MODIFIERS -> {
                    term.setEmpty().append(parts.get(0));
                    pending.addAll(parts.subList(1, parts.size() - 1));
                }
                case WITH_PARTS -> {
                    pending.addAll(parts);
                    // and the smallest words of a part that is a compound itself (bygglov → bygg, lov)
                    splitter.split(word).stream().filter(leaf -> !parts.contains(leaf)).forEach(pending::add);
                }
            }
            state = captureState();
            return true;
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        state = null;
    }
}
