package se.delbart.shared;

/**
 * The study's three ideal types of how a municipality balances national and local digital initiatives.
 * Analytical tools, not boxes: a municipality is a mix.
 */
public enum IdealType {
    /** Little capacity; IT operations crowd out development; adopts national and ready-made solutions. */
    PRAGMATIC,
    /** A capable digital unit; values initiatives by benefit to one department; prefers local solutions. */
    OPERATIONAL,
    /** Two-level portfolio management; picks national or local by long-term value to residents. */
    STRATEGIC
}
