package se.delbart.portfolio;

import java.util.Comparator;

/** A municipality's stated budget of one kind for one year, in SEK. */
public record Budget(int year, BudgetKind kind, long amountSek) implements Comparable<Budget> {

    private static final Comparator<Budget> ORDER = Comparator.comparingInt(Budget::year).thenComparing(Budget::kind);

    @Override
    public int compareTo(Budget other) {
        return ORDER.compare(this, other);
    }
}
